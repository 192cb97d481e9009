package no.hmskort.order.ordering.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.RequestFingerprint;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;

/** The orders as ordering needs them: one order changes at a time, with its events in the same write. */
public interface Orders {

    Optional<Order> find(OrderId orderId);

    /**
     * Changes the order as {@code decide} says, deciding again on a fresh copy when another writer came
     * first; empty when there is no such order.
     */
    <R> Optional<R> change(OrderId orderId, Function<Order, Change<Order, R>> decide);

    /**
     * Stores a new order placed under {@code placedUnder} (unique), with its events; empty when the key was
     * taken meanwhile (a concurrent retry of the same request).
     */
    Optional<Order> insert(Order order, String placedUnder, RequestFingerprint fingerprint, List<OutboxMessage> events);

    /** The order placed under the key, as the placing request answered, and what that request asked. */
    Optional<Placement> placedUnder(String key);

    /** Orders placed by the unit, or by any sub-unit when it is a main unit; newest first. */
    List<Order> page(OrganisationNumber unit, int page, int size);

    boolean hasOpenLine(OrganisationNumber employer, PersonId person, CardType cardType);

    /** A line that is open or has made its card already replaces this card. */
    boolean replaces(CardNumber card);

    List<OrderId> waitingForUnit(OrganisationNumber unit);

    List<OrderId> waitingForPerson(PersonId person);

    /** Orders with a line awaiting its identity check, the longest waiting first. */
    List<Order> awaitingIdentityCheck(int limit);

    /** Orders with a line not yet approved. */
    List<OrderId> waiting();

    /** An order as its placing request was answered, with that request's fingerprint. */
    record Placement(Order asPlaced, RequestFingerprint fingerprint) {
    }
}
