package no.hmskort.order.addresses.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.addresses.application.AddressBook;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.addresses.model.DeliveryAddress;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The address book in {@code delivery_addresses}, one document per address. */
@Component
class MongoAddressBook implements AddressBook {

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAddressBook(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** An entry as stored; the fields are those of the entry, so documents written before read the same. */
    @Document("delivery_addresses")
    record EntryDocument(@Id UUID addressId, OrganisationNumber owner, DeliveryAddress address, Instant addedAt) {

        AddressEntry entry() {
            return new AddressEntry(addressId, owner, address, addedAt);
        }
    }

    @Override
    public AddressEntry add(OrganisationNumber owner, DeliveryAddress address) {
        return mongo.insert(new EntryDocument(UUID.randomUUID(), owner, address, clock.instant())).entry();
    }

    @Override
    public List<AddressEntry> of(OrganisationNumber owner) {
        return mongo.find(new Query(Criteria.where("owner").is(owner.value())).with(Sort.by("addedAt")),
                EntryDocument.class).stream().map(EntryDocument::entry).toList();
    }

    @Override
    public Optional<AddressEntry> find(UUID addressId) {
        return Optional.ofNullable(mongo.findById(addressId, EntryDocument.class)).map(EntryDocument::entry);
    }

    @Override
    public boolean remove(OrganisationNumber owner, UUID addressId) {
        return mongo.remove(new Query(Criteria.where("_id").is(addressId).and("owner").is(owner.value())),
                EntryDocument.class).getDeletedCount() > 0;
    }
}
