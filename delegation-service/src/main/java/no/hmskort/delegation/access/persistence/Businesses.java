package no.hmskort.delegation.access.persistence;

import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Businesses in MongoDB; saving one also wakes the outbox relay. */
@Component
public class Businesses {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Businesses(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public BusinessDocument load(OrganisationNumber orgnr) {
        BusinessDocument document = mongo.findById(orgnr.value(), BusinessDocument.class);
        return document != null ? document : BusinessDocument.of(Business.unknown(orgnr));
    }

    /** Optimistically locked: a concurrent change makes this throw, and the caller's retry reloads. */
    public void save(BusinessDocument document) {
        mongo.save(document);
        if (!document.outbox.isEmpty()) {
            relay.nudge("businesses", document.orgnr);
        }
    }

    /** Every business where the person has an open grant (dates are checked by the caller). */
    public List<Business> withGrantsFor(PersonId person) {
        return mongo.find(new Query(Criteria.where("grants").elemMatch(
                        Criteria.where("person").is(person.value()).and("endedAt").is(null))), BusinessDocument.class)
                .stream().map(BusinessDocument::toModel).toList();
    }

    /** Businesses with an open delegation whose stop date is before {@code day}. */
    public List<BusinessDocument> withDelegationsEndingBefore(java.time.LocalDate day) {
        return mongo.find(new Query(Criteria.where("grants").elemMatch(
                Criteria.where("validUntil").lt(day).and("endedAt").is(null))), BusinessDocument.class);
    }

    public java.util.Optional<Business> find(OrganisationNumber orgnr) {
        return java.util.Optional.ofNullable(mongo.findById(orgnr.value(), BusinessDocument.class))
                .map(BusinessDocument::toModel);
    }

    public List<Business> all(java.util.Collection<OrganisationNumber> orgnrs) {
        return mongo.find(new Query(Criteria.where("_id").in(orgnrs.stream().map(OrganisationNumber::value).toList())),
                BusinessDocument.class).stream().map(BusinessDocument::toModel).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource businessesOutbox() {
            return new OutboxSource("businesses");
        }
    }
}
