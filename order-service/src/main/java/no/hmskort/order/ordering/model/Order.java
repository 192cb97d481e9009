package no.hmskort.order.ordering.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * An order from a business (usually a sub-unit) for cards of one type, sent to one address.
 *
 * @param employer the main unit, printed on the cards
 * @param placedBy the orderer (a role holder or a delegate)
 */
public record Order(
        UUID orderId,
        OrganisationNumber orderingUnit,
        OrganisationNumber employer,
        String employerName,
        String cardType,
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

    /** The line's card was printed; an unknown line or a repeated report changes nothing. */
    public Order linePrinted(UUID lineId, CardNumber card) {
        return new Order(orderId, orderingUnit, employer, employerName, cardType, deliveryAddress, placedBy, placedAt,
                lines.stream().map(l -> l.lineId().equals(lineId) ? l.printed(card) : l).toList());
    }
}
