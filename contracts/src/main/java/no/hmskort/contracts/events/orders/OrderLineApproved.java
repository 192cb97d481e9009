package no.hmskort.contracts.events.orders;

import java.time.Instant;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * An order line whose documents are in and whose register duties are met: production may make the card.
 *
 * @param orderingUnit the (sub-)unit that ordered and is invoiced
 * @param employer the main unit, whose name and number are printed on the card
 * @param orderedAt when the order was placed: the price in force then applies
 * @param photoRef where the printer partner fetches the holder's photo with its client token (an HTTPS
 *     address on order-service); null only for lines approved before uploads existed
 * @param replacesCard the card this line replaces: a blocked (lost, stolen) card, or an active card due for
 *     renewal (it stays valid until this one is delivered); null for a first card
 */
@EventType(name = "OrderLineApproved", version = 1)
public record OrderLineApproved(
        UUID orderId,
        UUID lineId,
        OrganisationNumber orderingUnit,
        OrganisationNumber employer,
        String employerName,
        String cardType,
        CardHolder holder,
        DeliveryAddress deliveryAddress,
        Instant orderedAt,
        String photoRef,
        CardNumber replacesCard) implements OrderEvent {
}
