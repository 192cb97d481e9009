package no.hmskort.production.shipping.messaging;

import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.platform.messaging.PoisonMessageException;
import no.hmskort.production.shipping.application.RecordingDelivery;
import org.springframework.stereotype.Component;

/**
 * The carrier's delivery confirmations, which arrive on the printer partner's reports topic (its binding
 * hands each one here): turned into the command shipping records.
 */
@Component
public class DeliveryReports {

    private final RecordingDelivery delivery;

    DeliveryReports(RecordingDelivery delivery) {
        this.delivery = delivery;
    }

    public void apply(ShipmentDeliveryConfirmed confirmed) {
        var outcome = delivery.apply(new RecordingDelivery.DeliveryConfirmed(confirmed.shipmentId(),
                confirmed.deliveredAt()));
        if (outcome == RecordingDelivery.Outcome.UNKNOWN_SHIPMENT) {
            // it will not become known by trying again: dead-lettered at once
            throw new PoisonMessageException("delivery confirmed for unknown shipment " + confirmed.shipmentId());
        }
    }
}
