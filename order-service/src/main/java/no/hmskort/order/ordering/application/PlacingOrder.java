package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.persistence.OrderDocument;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.order.registers.Unit;
import no.hmskort.order.registers.Units;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** An orderer places an order for a unit they have rights for. */
@Service
public class PlacingOrder {

    public static final ProblemType BUSINESS_NOT_KNOWN_YET = ProblemType.of("business-not-known-yet",
            HttpStatus.CONFLICT, "Enhetsregisteret's facts about this business have not reached us yet");
    public static final ProblemType BUSINESS_NOT_ACTIVE = ProblemType.of("business-not-active",
            HttpStatus.UNPROCESSABLE_CONTENT, "The business is deleted, bankrupt or under liquidation");

    private final BusinessAccess access;
    private final Units units;
    private final Orders orders;
    private final Outbox outbox;
    private final Clock clock;

    PlacingOrder(BusinessAccess access, Units units, Orders orders, Outbox outbox, Clock clock) {
        this.access = access;
        this.units = units;
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Command(PersonId orderer, OrganisationNumber orderingUnit, String cardType,
            DeliveryAddress deliveryAddress, List<NewLine> lines) {
    }

    public record NewLine(PersonId person, String name) {
    }

    public Order place(Command command) {
        access.requireRight(command.orderer(), command.orderingUnit());
        Unit unit = units.find(command.orderingUnit()).orElseThrow(() -> new ApiProblem(BUSINESS_NOT_KNOWN_YET,
                "Try again in a moment: " + command.orderingUnit() + " is not in our copy of Enhetsregisteret yet"));
        if (!unit.isActive()) {
            throw new ApiProblem(BUSINESS_NOT_ACTIVE, "Enhetsregisteret shows " + unit.orgnr()
                    + " as deleted, bankrupt or under liquidation: it cannot order cards");
        }
        OrganisationNumber employer = unit.mainUnit();
        String employerName = employer.equals(unit.orgnr()) ? unit.name()
                : units.find(employer).map(Unit::name).orElse(unit.name());
        List<OrderLine> lines = command.lines().stream()
                .map(l -> new OrderLine(UUID.randomUUID(),
                        new CardHolder(l.person(), l.name(), l.person().birthDate()), LineState.APPROVED, null))
                .toList();
        Order order = new Order(UUID.randomUUID(), unit.orgnr(), employer, employerName, command.cardType(),
                command.deliveryAddress(), command.orderer(), clock.instant(), lines);
        orders.insert(OrderDocument.of(order, lines.stream()
                .map(line -> outbox.message(Topics.ORDERS, approved(order, line)))
                .toList()));
        return order;
    }

    private static OrderLineApproved approved(Order order, OrderLine line) {
        return new OrderLineApproved(order.orderId(), line.lineId(), order.orderingUnit(), order.employer(),
                order.employerName(), order.cardType(), line.holder(), order.deliveryAddress(), order.placedAt(), null, null);
    }
}
