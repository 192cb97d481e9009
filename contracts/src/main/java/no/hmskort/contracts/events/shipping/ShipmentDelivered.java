package no.hmskort.contracts.events.shipping;

import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/** The carrier delivered the shipment. */
@EventType(name = "ShipmentDelivered", version = 1)
public record ShipmentDelivered(UUID shipmentId, OrganisationNumber orderingUnit, LocalDate deliveredOn)
        implements ShipmentEvent {
}
