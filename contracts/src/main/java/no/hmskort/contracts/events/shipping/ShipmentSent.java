package no.hmskort.contracts.events.shipping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * Printed cards for one ordering unit and one delivery address left in one shipment. Billing invoices
 * the shipment: a line per card at the price in force when it was ordered, and one postage line.
 *
 * @param postageOre postage from the postage table for this shipment, in øre, excluding VAT
 * @param postageCharged false when the shipment holds only free replacements (chip-defect recalls)
 */
@EventType(name = "ShipmentSent", version = 1)
public record ShipmentSent(
        UUID shipmentId,
        OrganisationNumber orderingUnit,
        DeliveryAddress deliveryAddress,
        LocalDate sentOn,
        List<ShippedCard> cards,
        long postageOre,
        boolean postageCharged) implements ShipmentEvent {

    public ShipmentSent {
        cards = List.copyOf(cards);
    }

    /**
     * @param orderedAt when the card's order was placed: the price in force then applies
     * @param freeOfCharge an automatic replacement: invoiced at zero
     */
    public record ShippedCard(CardNumber cardNumber, String cardType, UUID orderId, Instant orderedAt,
            boolean freeOfCharge) {
    }
}
