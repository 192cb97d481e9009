package no.hmskort.billing.invoicing.messaging;

import no.hmskort.billing.invoicing.application.InvoicingShipment;
import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.shipping.ShipmentEvent;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import org.springframework.stereotype.Component;

/**
 * A sent shipment, as production publishes it, becomes the shipment to invoice; production's other shipment
 * events are not billing's.
 */
@Component
public class ShipmentsIn {

    private final InvoicingShipment invoicing;

    ShipmentsIn(InvoicingShipment invoicing) {
        this.invoicing = invoicing;
    }

    void apply(EventEnvelope<ShipmentEvent> envelope) {
        if (envelope.data() instanceof ShipmentSent shipment) {
            invoice(shipment);
        }
    }

    public void invoice(ShipmentSent shipment) {
        invoicing.invoice(sent(shipment));
    }

    static InvoicingShipment.SentShipment sent(ShipmentSent shipment) {
        var address = shipment.deliveryAddress();
        return new InvoicingShipment.SentShipment(shipment.shipmentId().toString(), shipment.orderingUnit(),
                new Delivery(address.recipient(), PostalAddress.inNorway(address.street(), address.postalCode(),
                        address.city())), shipment.sentOn(),
                shipment.cards().stream().map(c -> new InvoicingShipment.ShippedCard(c.cardNumber().value(),
                        c.cardType(), c.orderedAt(), c.freeOfCharge())).toList(),
                new Money(shipment.postageOre()), shipment.postageCharged());
    }
}
