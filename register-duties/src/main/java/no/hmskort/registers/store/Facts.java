package no.hmskort.registers.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedDocument;
import no.hmskort.platform.store.VersionedStore;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The register facts card validity and order eligibility are judged on, kept in the service's own database,
 * one document per unit and per person (the person's document is keyed by a pseudonym, never the personal
 * number). Several register topics write the same unit at once; the versioned store lets each land.
 */
public class Facts {

    private final VersionedStore<BusinessFacts, BusinessDocument> businesses;
    private final VersionedStore<PersonFacts, PersonDocument> persons;

    /** @param relay never nudged: facts carry no events, but the store is the one way a stored model changes */
    public Facts(MongoTemplate mongo, OutboxRelay relay) {
        this.businesses = new VersionedStore<>(mongo, relay, BusinessDocument.class, BusinessDocument::new);
        this.persons = new VersionedStore<>(mongo, relay, PersonDocument.class, PersonDocument::new);
    }

    public BusinessFacts business(OrganisationNumber orgnr) {
        return businesses.find(orgnr.value()).orElseGet(() -> BusinessFacts.unknown(orgnr));
    }

    public PersonFacts person(PersonId person) {
        return persons.find(person.pseudonym()).orElseGet(() -> PersonFacts.unknown(person));
    }

    /** Many persons' facts, read in one query; one the registers never mentioned is unknown. */
    public Map<PersonId, PersonFacts> persons(Collection<PersonId> people) {
        Map<String, PersonId> byKey = new HashMap<>();
        people.forEach(person -> byKey.put(person.pseudonym(), person));
        Map<Object, PersonFacts> found = persons.findAll(byKey.keySet());
        Map<PersonId, PersonFacts> facts = new HashMap<>();
        byKey.forEach((key, person) -> facts.put(person, found.getOrDefault(key, PersonFacts.unknown(person))));
        return facts;
    }

    /** Applies a change to a unit's facts; an unchanged result writes nothing. */
    public void updateBusiness(OrganisationNumber orgnr, UnaryOperator<BusinessFacts> change) {
        businesses.changeOrCreate(orgnr.value(), () -> BusinessFacts.unknown(orgnr),
                current -> Change.toOrSame(current, change.apply(current)));
    }

    /** Applies a change to a person's facts; an unchanged result writes nothing. */
    public void updatePerson(PersonId person, UnaryOperator<PersonFacts> change) {
        persons.changeOrCreate(person.pseudonym(), () -> PersonFacts.unknown(person),
                current -> Change.toOrSame(current, change.apply(current)));
    }

    /** One register's view of one unit or person, under its key; the facts are the model. */
    abstract static class FactsDocument<M> extends VersionedDocument<M> {

        @Id
        String key;
        M facts;

        FactsDocument() {
        }

        FactsDocument(String key, M facts) {
            this.key = key;
            this.facts = facts;
        }

        @Override
        public M model() {
            return facts;
        }

        @Override
        protected void keep(M changed) {
            facts = changed;
        }

        @Override
        public Object id() {
            return key;
        }
    }

    @Document("business_facts")
    static class BusinessDocument extends FactsDocument<BusinessFacts> {

        BusinessDocument() {
        }

        BusinessDocument(BusinessFacts facts) {
            super(facts.orgnr().value(), facts);
        }
    }

    /** Keyed by the person's pseudonym, never the personal number. */
    @Document("person_facts")
    static class PersonDocument extends FactsDocument<PersonFacts> {

        PersonDocument() {
        }

        PersonDocument(PersonFacts facts) {
            super(facts.person().pseudonym(), facts);
        }
    }
}
