package no.hmskort.contracts.events.printing;

import java.time.Instant;
import java.util.UUID;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/** The carrier confirmed that a shipment (announced by production's {@code ShipmentSent}) was delivered. */
@EventType(name = "ShipmentDeliveryConfirmed", version = 1)
public record ShipmentDeliveryConfirmed(UUID shipmentId, OrganisationNumber orderingUnit, Instant deliveredAt)
        implements PrinterReport {

    @Override
    public String partitionKey() {
        return orderingUnit.value();
    }
}
