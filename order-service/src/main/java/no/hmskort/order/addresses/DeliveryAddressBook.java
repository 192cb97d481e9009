package no.hmskort.order.addresses;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The addresses a business keeps for its cards ({@code delivery_addresses}). An order copies the address it
 * picks, so deleting an address never changes an order already placed.
 */
@Component
public class DeliveryAddressBook {

    private final MongoTemplate mongo;
    private final Clock clock;

    DeliveryAddressBook(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One address of one business. */
    @Document("delivery_addresses")
    public record Entry(@Id UUID addressId, OrganisationNumber owner, DeliveryAddress address, Instant addedAt) {
    }

    public Entry add(OrganisationNumber owner, DeliveryAddress address) {
        return mongo.insert(new Entry(UUID.randomUUID(), owner, address, clock.instant()));
    }

    public List<Entry> of(OrganisationNumber owner) {
        return mongo.find(new Query(Criteria.where("owner").is(owner.value())).with(Sort.by("addedAt")), Entry.class);
    }

    public Optional<Entry> find(UUID addressId) {
        return Optional.ofNullable(mongo.findById(addressId, Entry.class));
    }

    /** Removes the business's address; false when it has no such address. */
    public boolean remove(OrganisationNumber owner, UUID addressId) {
        return mongo.remove(new Query(Criteria.where("_id").is(addressId).and("owner").is(owner.value())), Entry.class)
                .getDeletedCount() > 0;
    }
}
