package no.hmskort.order.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.registers.Unit;
import no.hmskort.order.registers.Units;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Who may order for which unit, from delegation-service's access events: a grant on the unit itself or
 * on its main unit. The refusal is the same whether the unit exists or not, so it reveals nothing.
 */
@Component
public class OrderingRights {

    private final MongoTemplate mongo;
    private final Units units;
    private final Clock clock;

    OrderingRights(MongoTemplate mongo, Units units, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.clock = clock;
    }

    /** Returns the unit the person may order for, or refuses with 403. */
    public Unit requireRightToOrder(PersonId person, OrganisationNumber orgnr) {
        Unit unit = units.find(orgnr).orElse(null);
        if (unit == null || !(holdsGrant(person, orgnr) || holdsGrant(person, unit.mainUnit()))) {
            throw new ApiProblem(ProblemType.NO_RIGHTS_FOR_BUSINESS,
                    "You have no role or delegation that lets you order for " + orgnr);
        }
        return unit;
    }

    private boolean holdsGrant(PersonId person, OrganisationNumber orgnr) {
        LocalDate today = LocalDate.now(clock);
        return mongo.find(new Query(Criteria.where("person").is(person.value()).and("orgnr").is(orgnr.value())),
                AccessGrant.class).stream().anyMatch(g -> g.inForceOn(today));
    }

    /** Grants are keyed by their id, so applying an event twice writes the same document twice. */
    void apply(EventEnvelope<AccessEvent> envelope) {
        switch (envelope.data()) {
            case AccessGranted granted -> {
                AccessGrant grant = new AccessGrant();
                grant.grantId = granted.grantId();
                grant.orgnr = granted.orgnr();
                grant.person = granted.person();
                grant.basis = granted.basis();
                grant.validFrom = granted.validFrom();
                grant.validUntil = granted.validUntil();
                mongo.save(grant);
            }
            case AccessRevoked revoked -> mongo.updateFirst(new Query(Criteria.where("_id").is(revoked.grantId())),
                    new Update().set("revoked", true), AccessGrant.class);
        }
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class In {

        @Bean
        Consumer<Message<byte[]>> accessEvents(EventConsumers consumers, OrderingRights rights) {
            return consumers.of(Topics.ACCESS, rights::apply);
        }
    }
}
