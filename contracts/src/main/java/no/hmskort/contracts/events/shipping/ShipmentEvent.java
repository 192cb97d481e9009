package no.hmskort.contracts.events.shipping;

import java.util.UUID;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.OrganisationNumber;

/** Production's shipments of printed cards: what billing charges (cards and postage). Key: ordering unit. */
public sealed interface ShipmentEvent extends Event permits ShipmentSent, ShipmentDelivered {

    UUID shipmentId();

    /** The (sub-)unit that ordered the cards and is invoiced. */
    OrganisationNumber orderingUnit();

    @Override
    default String partitionKey() {
        return orderingUnit().value();
    }
}
