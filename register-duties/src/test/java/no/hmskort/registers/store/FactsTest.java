package no.hmskort.registers.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.contracts.ids.Pseudonyms;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The facts store through the MongoDB wire protocol. Another register event landing between a change's read
 * and its write is staged inside the change, so that the conflict happens every time, not by chance.
 */
class FactsTest {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static EmbeddedMongo server;
    private static MongoTemplate mongo;

    @BeforeAll
    static void aStore() {
        Pseudonyms.useSecret("facts-test-pseudonym-secret");
        server = EmbeddedMongo.inMemory();
        mongo = new MongoTemplate(MongoClients.create(server.uri()), "facts-test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private final OutboxRelay relay = mock(OutboxRelay.class);
    private final Facts facts = new Facts(mongo, relay);

    @Test
    void an_event_landing_between_read_and_write_makes_the_change_read_again_and_both_land() {
        OrganisationNumber unit = OrganisationNumber.of("315114306");
        facts.updateBusiness(unit, f -> f.withAssignment(assignment("a-0")));
        List<String> seen = new ArrayList<>();

        facts.updateBusiness(unit, f -> {
            seen.add(ids(f));
            if (seen.size() == 1) {
                facts.updateBusiness(unit, meanwhile -> meanwhile.withVat(new BusinessFacts.Vat(true, null, T0)));
            }
            return f.withAssignment(assignment("a-1"));
        });

        assertThat(seen).hasSize(2);
        BusinessFacts stored = facts.business(unit);
        assertThat(ids(stored)).isEqualTo("a-0,a-1");
        assertThat(stored.vat()).isNotNull();
        verifyNoInteractions(relay);
    }

    @Test
    void the_first_events_about_a_new_person_arriving_at_once_create_one_document_holding_both() {
        PersonId person = PersonId.of("02928510045");
        List<Integer> seen = new ArrayList<>();

        facts.updatePerson(person, f -> {
            seen.add(f.employments().size());
            if (seen.size() == 1) {
                facts.updatePerson(person, twin -> twin.withEmployment(employment("e-twin")));
            }
            return f.withEmployment(employment("e-1"));
        });

        assertThat(seen).containsExactly(0, 1);
        assertThat(facts.person(person).employments()).extracting(PersonFacts.Employment::employmentId)
                .containsExactlyInAnyOrder("e-twin", "e-1");
        assertThat(mongo.getCollection("person_facts").countDocuments(new Document("_id", person.pseudonym())))
                .isEqualTo(1);
    }

    @Test
    void an_unchanged_result_writes_nothing_and_an_unknown_unit_stays_unstored() {
        OrganisationNumber unit = OrganisationNumber.of("974760673");
        facts.updateBusiness(unit, f -> f);
        assertThat(mongo.getCollection("business_facts").countDocuments(new Document("_id", unit.value()))).isZero();

        facts.updateBusiness(unit, f -> f.withCleaningApproval(true, T0));
        Object version = stored(unit).get("version");
        facts.updateBusiness(unit, f -> f.withCleaningApproval(false, T0.minusSeconds(1)));

        assertThat(stored(unit).get("version")).isEqualTo(version);
        assertThat(facts.business(unit).cleaningApproved()).isTrue();
        assertThat(stored(unit).get("facts", Document.class)).as("stored as before: the facts carry no type hint")
                .doesNotContainKey("_class");
    }

    private static Document stored(OrganisationNumber unit) {
        return mongo.getCollection("business_facts").find(new Document("_id", unit.value())).first();
    }

    private static BusinessFacts.Assignment assignment(String id) {
        return new BusinessFacts.Assignment(id, START, null, T0);
    }

    private static PersonFacts.Employment employment(String id) {
        return new PersonFacts.Employment(id, OrganisationNumber.of("315114306"), START, null, T0);
    }

    private static String ids(BusinessFacts f) {
        return String.join(",", f.assignments().stream().map(BusinessFacts.Assignment::assignmentId).sorted().toList());
    }
}
