package no.hmskort.order.ordering.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An order with the events its changes imply: one document, one atomic write. Beside the order it keeps
 * what the queries need (whose lines are open or waiting), derived from the order on every change, and the
 * idempotency key it was placed under (unique per ordering unit).
 */
@Document("orders")
class OrderDocument extends VersionedDocument<Order> {

    @Id
    String orderId;
    String orderingUnit;
    String employer;
    String cardType;
    Instant placedAt;
    /** {@code <orgnr>:<Idempotency-Key>}, or {@code none:<orderId>} for a request without one. */
    @Indexed(unique = true)
    String idempotencyKey;
    String fingerprint;
    /** Pseudonyms of the holders of open lines (duplicate rule). */
    List<String> openHolders = new ArrayList<>();
    /** Blocked cards that a line replaces, while the line is open or has made its card (one reorder per card). */
    List<String> replacedCards = new ArrayList<>();
    /** Units and holders (pseudonyms) whose register facts the lines not yet approved depend on. */
    List<String> waitingUnits = new ArrayList<>();
    List<String> waitingPersons = new ArrayList<>();
    boolean waiting;
    /** The earliest moment one of its lines began to wait for the identity check; null when none waits. */
    Instant identityCheckSince;
    StoredOrder order;
    /** The order as the request that placed it answered: a retry under the same key gets this again. */
    StoredOrder asPlaced;

    /** A new order's document, before its first write (which carries the order in, with its events). */
    static OrderDocument placed(Order order, String idempotencyKey, String fingerprint) {
        OrderDocument document = new OrderDocument();
        document.orderId = order.orderId().toString();
        document.orderingUnit = order.orderingUnit().value();
        document.employer = order.employer().value();
        document.cardType = order.cardType().name();
        document.placedAt = order.placedAt();
        document.idempotencyKey = idempotencyKey;
        document.fingerprint = fingerprint;
        document.asPlaced = StoredOrder.of(order);
        return document;
    }

    /** The order as changed, with every field the collection is queried by derived from it again. */
    @Override
    protected void keep(Order changed) {
        order = StoredOrder.of(changed);
        openHolders = changed.lines().stream().filter(l -> l.state().isOpen())
                .map(l -> l.holder().person().pseudonym()).distinct().toList();
        replacedCards = changed.lines().stream().filter(l -> l.replacesCard() != null)
                .filter(l -> l.cardNumber() != null || (l.state() != LineState.CANCELLED && l.state() != LineState.REJECTED))
                .map(l -> l.replacesCard().value()).distinct().toList();
        // lines awaiting documents too, so the unmet duties they show stay current
        List<OrderLine> awaiting = changed.lines().stream().filter(l -> l.state().isWaiting()).toList();
        waiting = !awaiting.isEmpty();
        Set<String> units = new LinkedHashSet<>();
        if (waiting) {
            units.add(changed.orderingUnit().value());
            units.add(changed.employer().value());
        }
        waitingUnits = List.copyOf(units);
        waitingPersons = awaiting.stream().map(l -> l.holder().person().pseudonym()).distinct().toList();
        identityCheckSince = changed.lines().stream().filter(l -> l.state() == LineState.AWAITING_IDENTITY_CHECK)
                .map(OrderLine::identityCheckSince).filter(java.util.Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
    }

    /** The order as it was when placed (older documents lack it: their current state stands in). */
    Order asPlaced() {
        return (asPlaced != null ? asPlaced : order).model();
    }

    @Override
    public Order model() {
        return order.model();
    }

    @Override
    public Object id() {
        return orderId;
    }

    String fingerprint() {
        return fingerprint;
    }
}
