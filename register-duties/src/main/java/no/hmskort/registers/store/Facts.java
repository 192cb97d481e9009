package no.hmskort.registers.store;

import java.util.function.UnaryOperator;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The register facts card validity and order eligibility are judged on, kept in the service's own database, one document per unit and per person (the person's
 * document is keyed by a pseudonym, never the personal number).
 */
public class Facts {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public Facts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public BusinessFacts business(OrganisationNumber orgnr) {
        BusinessDocument document = mongo.findById(orgnr.value(), BusinessDocument.class);
        return document == null ? BusinessFacts.unknown(orgnr) : document.facts;
    }

    public PersonFacts person(PersonId person) {
        PersonDocument document = mongo.findById(person.pseudonym(), PersonDocument.class);
        return document == null ? PersonFacts.unknown(person) : document.facts;
    }

    /** Applies a change to a unit's facts; an unchanged result writes nothing. Retries a concurrent write. */
    public void updateBusiness(OrganisationNumber orgnr, UnaryOperator<BusinessFacts> change) {
        for (int attempt = 1; ; attempt++) {
            BusinessDocument document = mongo.findById(orgnr.value(), BusinessDocument.class);
            BusinessFacts current = document == null ? BusinessFacts.unknown(orgnr) : document.facts;
            BusinessFacts changed = change.apply(current);
            if (changed.equals(current)) {
                return;
            }
            try {
                mongo.save(document == null ? new BusinessDocument(orgnr.value(), null, changed)
                        : new BusinessDocument(document.orgnr, document.version, changed));
                return;
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public void updatePerson(PersonId person, UnaryOperator<PersonFacts> change) {
        for (int attempt = 1; ; attempt++) {
            PersonDocument document = mongo.findById(person.pseudonym(), PersonDocument.class);
            PersonFacts current = document == null ? PersonFacts.unknown(person) : document.facts;
            PersonFacts changed = change.apply(current);
            if (changed.equals(current)) {
                return;
            }
            try {
                mongo.save(document == null ? new PersonDocument(person.pseudonym(), null, changed)
                        : new PersonDocument(document.key, document.version, changed));
                return;
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Document("business_facts")
    record BusinessDocument(@Id String orgnr, @Version Long version, BusinessFacts facts) {
    }

    @Document("person_facts")
    record PersonDocument(@Id String key, @Version Long version, PersonFacts facts) {
    }
}
