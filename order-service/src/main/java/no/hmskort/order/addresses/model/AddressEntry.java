package no.hmskort.order.addresses.model;

import java.time.Instant;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;

/** One address of one business; an order copies the address it picks. */
public record AddressEntry(UUID addressId, OrganisationNumber owner, DeliveryAddress address, Instant addedAt) {

    /** May an order of {@code orderingUnit}, whose main unit is {@code employer}, be sent here? */
    public boolean servesOrderOf(OrganisationNumber orderingUnit, OrganisationNumber employer) {
        return owner.equals(orderingUnit) || owner.equals(employer);
    }
}
