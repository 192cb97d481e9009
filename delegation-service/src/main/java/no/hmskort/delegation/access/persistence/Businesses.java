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
            relay.nudge();
        }
    }

    /** Every business where the person has a grant that is not revoked (dates are checked by the caller). */
    public List<Business> withGrantsFor(PersonId person) {
        return mongo.find(new Query(Criteria.where("grants").elemMatch(
                        Criteria.where("person").is(person.value()).and("revokedAt").is(null))), BusinessDocument.class)
                .stream().map(BusinessDocument::toModel).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource businessesOutbox() {
            return new OutboxSource("businesses");
        }
    }
}
