package no.hmskort.order.addresses.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.addresses.model.DeliveryAddress;

/**
 * The addresses a business keeps for its cards. An order copies the address it picks, so removing an
 * address never changes an order already placed.
 */
public interface AddressBook {

    AddressEntry add(OrganisationNumber owner, DeliveryAddress address);

    /** The business's addresses, the oldest first. */
    List<AddressEntry> of(OrganisationNumber owner);

    Optional<AddressEntry> find(UUID addressId);

    /** Removes the business's address; false when it has no such address. */
    boolean remove(OrganisationNumber owner, UUID addressId);
}
