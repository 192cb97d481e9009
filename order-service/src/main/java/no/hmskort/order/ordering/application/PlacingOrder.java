package no.hmskort.order.ordering.application;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.application.AddressBook;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.Holder;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.order.ordering.model.RequestFingerprint;
import no.hmskort.order.ordering.model.checks.OrderChecks;
import no.hmskort.order.ordering.model.checks.OrderFacts;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.time.Norway;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.store.Facts;
import org.springframework.stereotype.Service;

/**
 * An orderer places an order for a unit they have rights for. Every check ({@link OrderChecks}) comes before
 * the one write, so a refused order leaves nothing behind; a retry under the same {@code Idempotency-Key}
 * gets the same order.
 */
@Service
public class PlacingOrder {

    private final BusinessAccess access;
    private final Facts facts;
    private final AddressBook addresses;
    private final OrderChecks checks;
    private final Orders orders;
    private final KnownCards cards;
    private final JudgingLines judging;
    private final OrderAnnouncements announcements;
    private final Clock clock;
    private final MeterRegistry meters;

    PlacingOrder(BusinessAccess access, Facts facts, AddressBook addresses, OrderChecks checks, Orders orders,
            KnownCards cards, JudgingLines judging, OrderAnnouncements announcements, Clock clock, MeterRegistry meters) {
        this.access = access;
        this.facts = facts;
        this.addresses = addresses;
        this.checks = checks;
        this.orders = orders;
        this.cards = cards;
        this.judging = judging;
        this.announcements = announcements;
        this.clock = clock;
        this.meters = meters;
    }

    /** @param idempotencyKey the client's key for this request, or null */
    public record Command(PersonId orderer, OrganisationNumber orderingUnit, CardType cardType,
            UUID deliveryAddressId, List<NewLine> lines, String idempotencyKey) {

        RequestFingerprint fingerprint() {
            // the card type by its name, as before it had a type: fingerprints stored with orders must still match
            List<String> parts = new ArrayList<>(List.of(orderingUnit.value(), cardType.name(),
                    deliveryAddressId.toString()));
            for (NewLine line : lines) {
                parts.add(line.person().value());
                parts.add(line.name());
                parts.add(line.replacesCard() == null ? null : line.replacesCard().value());
            }
            return RequestFingerprint.of(parts);
        }
    }

    /** @param replacesCard the blocked card this line replaces (a lost or stolen card's reorder), or null */
    public record NewLine(PersonId person, String name, CardNumber replacesCard) {
    }

    /** The order as placed, and whether this request made it (false: a retry got the answer of the first). */
    public record Placed(Order order, boolean created) {
    }

    public Outcome<Placed> place(Command command) {
        access.requireRight(command.orderer(), command.orderingUnit());
        String key = command.idempotencyKey() == null ? null : command.orderingUnit().value() + ":" + command.idempotencyKey();
        RequestFingerprint fingerprint = command.fingerprint();
        Optional<Outcome<Placed>> earlier = earlier(key, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        LocalDate today = Norway.today(clock);
        OrderFacts known = facts(command, today);
        Optional<Outcome.Refused<?>> refusal = checks.firstRefusal(known);
        if (refusal.isPresent()) {
            return refusal.get().as();
        }
        Order order = judging.judge(newOrder(command, known), today);
        String placedUnder = key != null ? key : "none:" + order.orderId();
        if (orders.insert(order, placedUnder, fingerprint, announcements.of(null, order)).isEmpty()) {
            return earlier(key, fingerprint).orElseThrow(() -> new IllegalStateException(
                    "the key " + placedUnder + " was taken, yet no order is stored under it"));
        }
        // counted once it is stored: a retry answered with the earlier order is not a new one
        meters.counter("hmskort.orders.placed", "card_type", order.cardType().name()).increment();
        meters.counter("hmskort.order.lines.placed", "card_type", order.cardType().name()).increment(order.lines().size());
        // as stored, so that this answer and a retry's are the same to the byte
        return Outcome.done(new Placed(orders.placedUnder(placedUnder).orElseThrow().asPlaced(), true));
    }

    /** What the registers and our records say about the request, for the checks. */
    private OrderFacts facts(Command command, LocalDate today) {
        BusinessFacts unit = facts.business(command.orderingUnit());
        OrganisationNumber employer = unit.mainUnit();
        List<OrderFacts.LineFacts> lines = command.lines().stream().map(line -> new OrderFacts.LineFacts(
                line.person(), line.replacesCard(), orders.hasOpenLine(employer, line.person(), command.cardType()),
                line.replacesCard() != null && orders.replaces(line.replacesCard()), cards.of(line.person(), employer)))
                .toList();
        return new OrderFacts(command.orderingUnit(), command.cardType(), command.deliveryAddressId(), lines, unit,
                employer.equals(unit.orgnr()) ? unit : facts.business(employer),
                addresses.find(command.deliveryAddressId()), today);
    }

    private Order newOrder(Command command, OrderFacts known) {
        BusinessFacts employer = known.employer();
        String employerName = employer.unit() != null ? employer.unit().name() : known.unit().unit().name();
        AddressEntry address = known.address().orElseThrow();
        return new Order(OrderId.random(), command.orderingUnit(), known.unit().unit().name(), known.unit().mainUnit(),
                employerName, command.cardType(), address.addressId(), address.address(), command.orderer(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), command.lines().stream().map(l -> OrderLine.ordered(
                        LineId.random(), new Holder(l.person(), l.name(), l.person().birthDate()), l.replacesCard()))
                        .toList());
    }

    /** The answer a request under the same key got, or a refusal when that request asked for something else. */
    private Optional<Outcome<Placed>> earlier(String key, RequestFingerprint fingerprint) {
        return Optional.ofNullable(key).flatMap(orders::placedUnder).map(placement ->
                fingerprint.matches(placement.fingerprint()) ? Outcome.done(new Placed(placement.asPlaced(), false))
                        : Outcome.refused(Refusal.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for order "
                                + placement.asPlaced().orderId() + " with a different request; use a new key for a new order"));
    }
}
