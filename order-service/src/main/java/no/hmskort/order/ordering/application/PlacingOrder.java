package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.DeliveryAddressBook;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.DuplicateRule;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.RequestFingerprint;
import no.hmskort.order.ordering.persistence.KnownCards;
import no.hmskort.order.ordering.persistence.OrderDocument;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.time.Norway;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.store.Facts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * An orderer places an order for a unit they have rights for. Every check comes before the one write, so a
 * refused order leaves nothing behind; a retry under the same {@code Idempotency-Key} gets the same order.
 */
@Service
public class PlacingOrder {

    public static final ProblemType BUSINESS_NOT_KNOWN_YET = ProblemType.of("business-not-known-yet",
            HttpStatus.CONFLICT, "Enhetsregisteret's facts about this business have not reached us yet");
    public static final ProblemType BUSINESS_NOT_ACTIVE = ProblemType.of("business-not-active",
            HttpStatus.UNPROCESSABLE_CONTENT, "The business is deleted, bankrupt or under liquidation");
    public static final ProblemType UNKNOWN_DELIVERY_ADDRESS = ProblemType.of("unknown-delivery-address",
            HttpStatus.UNPROCESSABLE_CONTENT, "The delivery address is not one of this business's addresses");
    public static final ProblemType CARD_TYPE_NOT_ALLOWED = ProblemType.of("card-type-not-allowed",
            HttpStatus.UNPROCESSABLE_CONTENT, "The business may not order this card type");
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = ProblemType.of("idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used for a different order");
    public static final ProblemType DUPLICATE_CARD = ProblemType.of("duplicate-card", HttpStatus.CONFLICT,
            "The person already has an open order line or an active card of this type at this business");
    public static final ProblemType REPLACED_CARD_NOT_BLOCKED = ProblemType.of("replaced-card-not-blocked",
            HttpStatus.CONFLICT, "Only a blocked card, or one due for renewal, of the same person and business can be "
                    + "replaced");
    public static final ProblemType RENEWAL_TOO_EARLY = ProblemType.of("renewal-too-early", HttpStatus.CONFLICT,
            "The card is not yet within the renewal window before its expiry");

    private final BusinessAccess access;
    private final Facts facts;
    private final DeliveryAddressBook addresses;
    private final CardTypePolicy cardTypes;
    private final Orders orders;
    private final KnownCards cards;
    private final JudgingLines judging;
    private final ChangingOrders changing;
    private final Period renewalWindow;
    private final Clock clock;

    PlacingOrder(BusinessAccess access, Facts facts, DeliveryAddressBook addresses, CardTypePolicy cardTypes,
            Orders orders, KnownCards cards, JudgingLines judging, ChangingOrders changing,
            OrderingProperties properties, Clock clock) {
        this.access = access;
        this.facts = facts;
        this.addresses = addresses;
        this.cardTypes = cardTypes;
        this.orders = orders;
        this.cards = cards;
        this.judging = judging;
        this.changing = changing;
        this.renewalWindow = properties.renewalWindow();
        this.clock = clock;
    }

    /** @param idempotencyKey the client's key for this request, or null */
    public record Command(PersonId orderer, OrganisationNumber orderingUnit, String cardType, UUID deliveryAddressId,
            List<NewLine> lines, String idempotencyKey) {

        RequestFingerprint fingerprint() {
            List<String> parts = new ArrayList<>(List.of(orderingUnit.value(), cardType, deliveryAddressId.toString()));
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

    public Placed place(Command command) {
        access.requireRight(command.orderer(), command.orderingUnit());
        String key = command.idempotencyKey() == null ? null : command.orderingUnit().value() + ":" + command.idempotencyKey();
        RequestFingerprint fingerprint = command.fingerprint();
        if (key != null) {
            Optional<Placed> earlier = earlier(key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        BusinessFacts unit = facts.business(command.orderingUnit());
        if (unit.unit() == null) {
            throw new ApiProblem(BUSINESS_NOT_KNOWN_YET, "Try again in a moment: " + command.orderingUnit()
                    + " is not in our copy of Enhetsregisteret yet");
        }
        if (unit.unit().deleted() || unit.unit().bankrupt() || unit.unit().underLiquidation()) {
            throw new ApiProblem(BUSINESS_NOT_ACTIVE, "Enhetsregisteret shows " + command.orderingUnit()
                    + " as deleted, bankrupt or under liquidation: it cannot order cards");
        }
        OrganisationNumber employerNumber = unit.mainUnit();
        BusinessFacts employer = employerNumber.equals(unit.orgnr()) ? unit : facts.business(employerNumber);
        DeliveryAddressBook.Entry address = addresses.find(command.deliveryAddressId())
                .filter(a -> a.owner().equals(command.orderingUnit()) || a.owner().equals(employerNumber))
                .orElseThrow(() -> new ApiProblem(UNKNOWN_DELIVERY_ADDRESS, "Address " + command.deliveryAddressId()
                        + " is not an address of " + command.orderingUnit() + " or its main unit"));
        LocalDate today = Norway.today(clock);
        CardTypePolicy.Decision decision = cardTypes.decide(command.cardType(), new CardTypePolicy.Approvals(
                Boolean.TRUE.equals(employer.cleaningApproved()), Boolean.TRUE.equals(employer.carCareApproved())), today);
        if (!decision.allowed()) {
            throw new ApiProblem(CARD_TYPE_NOT_ALLOWED, command.cardType() + " cards cannot be ordered by "
                    + command.orderingUnit() + ": " + decision.reason());
        }
        refuseDuplicates(command, employerNumber, today);

        String employerName = employer.unit() != null ? employer.unit().name() : unit.unit().name();
        Order order = new Order(UUID.randomUUID(), command.orderingUnit(), unit.unit().name(), employerNumber,
                employerName, command.cardType(), address.addressId(), address.address(), command.orderer(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), command.lines().stream().map(l -> OrderLine.ordered(UUID.randomUUID(),
                        new CardHolder(l.person(), l.name(), l.person().birthDate()), l.replacesCard())).toList());
        Order judged = judging.judge(order, today);
        try {
            orders.insert(OrderDocument.placed(judged, key != null ? key : "none:" + order.orderId(),
                    fingerprint.value(), changing.approvals(null, judged)));
        } catch (DuplicateKeyException concurrentRetry) {
            return earlier(key, fingerprint).orElseThrow(() -> concurrentRetry);
        }
        // as stored, so that this answer and a retry's are the same to the byte
        return new Placed(orders.find(order.orderId()).orElseThrow().asPlaced(), true);
    }

    private Optional<Placed> earlier(String key, RequestFingerprint fingerprint) {
        return orders.byIdempotencyKey(key).map(document -> {
            if (!fingerprint.matches(new RequestFingerprint(document.fingerprint()))) {
                throw new ApiProblem(IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for order "
                        + document.order().orderId() + " with a different request; use a new key for a new order");
            }
            return new Placed(document.asPlaced(), false);
        });
    }

    private void refuseDuplicates(Command command, OrganisationNumber employer, LocalDate today) {
        Set<PersonId> inThisOrder = new HashSet<>();
        for (int i = 0; i < command.lines().size(); i++) {
            NewLine line = command.lines().get(i);
            String who = "lines[" + i + "] (" + line.person() + ")";
            if (!inThisOrder.add(line.person())) {
                throw new ApiProblem(DUPLICATE_CARD, who + " appears twice in this order");
            }
            Optional<DuplicateRule.Refusal> refusal = DuplicateRule.check(command.cardType(), line.replacesCard(),
                    orders.hasOpenLine(employer, line.person(), command.cardType()),
                    line.replacesCard() != null && orders.replaces(line.replacesCard()), cards.of(line.person(), employer),
                    today, renewalWindow);
            if (refusal.isPresent()) {
                ProblemType type = switch (refusal.get()) {
                    case REPLACED_CARD_NOT_BLOCKED -> REPLACED_CARD_NOT_BLOCKED;
                    case RENEWAL_TOO_EARLY -> RENEWAL_TOO_EARLY;
                    case OPEN_LINE, ACTIVE_CARD, ALREADY_REPLACED -> DUPLICATE_CARD;
                };
                throw new ApiProblem(type, who + ": " + refusal.get().reason() + " (" + command.cardType() + ", "
                        + employer + ")");
            }
        }
    }
}
