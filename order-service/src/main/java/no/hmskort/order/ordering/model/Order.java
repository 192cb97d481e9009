package no.hmskort.order.ordering.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.addresses.model.DeliveryAddress;

/**
 * An order from a business (usually a sub-unit) for cards of one type, sent to one of its addresses.
 *
 * @param orderingUnitName the ordering unit's name when the order was placed
 * @param employer the main unit, printed on the cards
 * @param placedBy the orderer (a role holder or a delegate)
 */
public record Order(
        OrderId orderId,
        OrganisationNumber orderingUnit,
        String orderingUnitName,
        OrganisationNumber employer,
        String employerName,
        CardType cardType,
        UUID deliveryAddressId,
        DeliveryAddress deliveryAddress,
        PersonId placedBy,
        Instant placedAt,
        List<OrderLine> lines) {

    public Order {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has at least one line");
        }
        lines = List.copyOf(lines);
    }

    public Optional<OrderLine> line(LineId lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst();
    }

    /** The order with one line changed; an unknown line changes nothing. */
    public Order withLine(LineId lineId, UnaryOperator<OrderLine> change) {
        return withLines(l -> l.lineId().equals(lineId) ? change.apply(l) : l);
    }

    public Order withLines(UnaryOperator<OrderLine> change) {
        return new Order(orderId, orderingUnit, orderingUnitName, employer, employerName, cardType, deliveryAddressId,
                deliveryAddress, placedBy, placedAt, lines.stream().map(change).toList());
    }

    /** Lines approved by the change from {@code before} to this: each is announced to production once. */
    public List<OrderLine> approvedSince(Order before) {
        return lines.stream().filter(l -> l.state() == LineState.APPROVED)
                .filter(l -> before.line(l.lineId()).map(b -> b.state() != LineState.APPROVED).orElse(true))
                .toList();
    }
}
