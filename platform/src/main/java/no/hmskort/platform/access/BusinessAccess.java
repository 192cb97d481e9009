package no.hmskort.platform.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.time.Norway;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Who may act for which business, as this service knows it: a projection of delegation-service's access
 * events in the service's own database ({@code access_grants}). Every business-scoped request is checked
 * here. The refusal reads the same whether the business exists or not, so it tells a stranger nothing.
 */
public class BusinessAccess {

    static final String COLLECTION = "access_grants";

    private final MongoTemplate mongo;
    private final Clock clock;

    public BusinessAccess(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The caller's person, who must hold a grant in force today that covers the unit; 403 for a machine
     * client or a person without such a grant.
     */
    public PersonId requireRight(Caller caller, OrganisationNumber unit) {
        PersonId person = caller.requirePerson();
        requireRight(person, unit);
        return person;
    }

    /** Refuses with 403 unless the person holds a grant in force today that covers the unit. */
    public void requireRight(PersonId person, OrganisationNumber unit) {
        if (!mayActFor(person, unit)) {
            throw new ApiProblem(ProblemType.NO_RIGHTS_FOR_BUSINESS,
                    "You have no role or delegation that lets you act for " + unit);
        }
    }

    public boolean mayActFor(PersonId person, OrganisationNumber unit) {
        LocalDate today = Norway.today(clock);
        return grantsFor(person, unit).stream().anyMatch(g -> g.inForceOn(today));
    }

    private List<GrantView> grantsFor(PersonId person, OrganisationNumber unit) {
        return mongo.find(new Query(Criteria.where("person").is(person.value()).and("units").is(unit.value())
                .and("revoked").is(false)), GrantView.class, COLLECTION);
    }

    /** Keyed by grant id: a granted event replaces the grant (dates, coverage), a revoked one closes it. */
    public void apply(EventEnvelope<AccessEvent> envelope) {
        switch (envelope.data()) {
            case AccessGranted granted -> {
                try {
                    grant(granted);
                } catch (DuplicateKeyException revokedAlready) {
                    // the grant was revoked; a revocation is final (a new grant gets a new id)
                }
            }
            case AccessRevoked revoked -> mongo.upsert(new Query(Criteria.where("_id").is(revoked.grantId())),
                    new Update().set("revoked", true).set("orgnr", revoked.orgnr().value()), COLLECTION);
        }
    }

    private void grant(AccessGranted granted) {
        mongo.upsert(new Query(Criteria.where("_id").is(granted.grantId())
                            .and("revoked").ne(true)),
                    new Update().set("orgnr", granted.orgnr().value())
                            .set("person", granted.person().value())
                            .set("basis", granted.basis())
                            .set("units", granted.coveredUnits().stream().map(OrganisationNumber::value).toList())
                            .set("validFrom", granted.validFrom())
                            .set("validUntil", granted.validUntil())
                            .setOnInsert("revoked", false),
                    COLLECTION);
    }

    /** A grant as projected. */
    record GrantView(String id, String person, List<String> units, LocalDate validFrom, LocalDate validUntil,
            boolean revoked) {

        boolean inForceOn(LocalDate day) {
            return !revoked && (validFrom == null || !day.isBefore(validFrom))
                    && (validUntil == null || !day.isAfter(validUntil));
        }
    }
}
