package no.hmskort.delegation.access.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.application.Businesses;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Businesses in MongoDB ({@code businesses}), changed through the platform's versioned store. */
@Component
class MongoBusinesses implements Businesses {

    private final MongoTemplate mongo;
    private final VersionedStore<StoredBusiness, BusinessDocument> store;

    MongoBusinesses(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, BusinessDocument.class, BusinessDocument::new);
    }

    @Override
    public Optional<Business> find(OrganisationNumber orgnr) {
        return store.find(orgnr.value()).map(StoredBusiness::business);
    }

    @Override
    public List<Business> all(Collection<OrganisationNumber> orgnrs) {
        return businesses(new Query(Criteria.where("_id").in(orgnrs.stream().map(OrganisationNumber::value).toList())));
    }

    @Override
    public List<Business> withGrantsFor(PersonId person) {
        return businesses(new Query(Criteria.where("grants").elemMatch(
                Criteria.where("person").is(person.value()).and("endedAt").is(null))));
    }

    @Override
    public List<OrganisationNumber> withDelegationsEndingBefore(LocalDate day) {
        return businesses(new Query(Criteria.where("grants").elemMatch(
                Criteria.where("validUntil").lt(day).and("endedAt").is(null)))).stream().map(Business::orgnr).toList();
    }

    @Override
    public <R> R change(OrganisationNumber orgnr, Function<Business, Change<Business, R>> decide) {
        return store.changeOrCreate(orgnr.value(), () -> StoredBusiness.unknown(orgnr), stored -> {
            Change<Business, R> change = decide.apply(stored.business());
            return change.changed() == null ? Change.none(change.result())
                    : Change.to(stored.with(change.changed()), change.events(), change.result());
        });
    }

    @Override
    public boolean changeOnce(OrganisationNumber orgnr, UUID eventId, Function<Business, Change<Business, ?>> decide) {
        return store.changeOrCreate(orgnr.value(), () -> StoredBusiness.unknown(orgnr), stored -> {
            if (stored.applied().contains(eventId)) {
                return Change.none(false);
            }
            Change<Business, ?> change = decide.apply(stored.business());
            stored.applied().remember(eventId);
            Business changed = change.changed() == null ? stored.business() : change.changed();
            return Change.to(stored.with(changed), change.events(), true);
        });
    }

    private List<Business> businesses(Query query) {
        return mongo.find(query, BusinessDocument.class).stream().map(document -> document.model().business()).toList();
    }
}
