package no.hmskort.billing.invoicing.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Customers and prices stored before they were versioned (no {@code version} field, as the old stores wrote
 * them) are still read, and still changed in place by the versioned store, through the Mongo wire protocol.
 */
class UnversionedDocumentsTest {

    private static EmbeddedMongo server;
    private static MongoTemplate mongo;

    @BeforeAll
    static void aStore() {
        server = EmbeddedMongo.inMemory();
        mongo = new MongoTemplate(MongoClients.create(server.uri()), "billing-unversioned-test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A unit as the store before versioning wrote it. */
    @Document("customers")
    record OldCustomer(String id, String name, String parent, PostalAddress address, Instant asOf) {
    }

    /** A price as the store before versioning and provenance wrote it. */
    @Document("card_prices")
    record OldPrice(@Id String id, LocalDate from, long netOre, String addedBy, Instant addedAt) {
    }

    @Test
    void a_unit_stored_before_versioning_takes_a_newer_report_in_place() {
        OrganisationNumber orgnr = TestIdentifiers.anOrganisationNumber();
        Instant then = Instant.parse("2024-01-01T00:00:00Z");
        mongo.insert(new OldCustomer(orgnr.value(), "Old Name AS", null,
                PostalAddress.inNorway("Storgata 1", "2317", "Hamar"), then));
        MongoCustomers customers = new MongoCustomers(mongo, mock(OutboxRelay.class));

        Customer report = new Customer(orgnr, "New Name AS", null, null, then.plusSeconds(60));
        customers.change(orgnr, held -> Change.toOrSame(held, held.after(report)));

        Customer now = customers.unit(orgnr).orElseThrow();
        assertThat(now.name()).isEqualTo("New Name AS");
        assertThat(now.address().lines()).as("a report without an address keeps the known one").containsExactly("Storgata 1");
        assertThat(mongo.getCollection("customers").find(new org.bson.Document("_id", orgnr.value())).first())
                .as("changed in place, not inserted again").containsEntry("version", 1L);
    }

    @Test
    void a_price_stored_before_provenance_was_kept_is_told_its_provenance_and_keeps_its_amount() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        mongo.insert(new OldPrice(from.toString(), from, 10400, "configuration", Instant.parse("2020-01-01T00:00:00Z")));
        MongoPrices prices = new MongoPrices(mongo, mock(OutboxRelay.class));
        PriceList.Price configured = new PriceList.Price(from, new Money(10400));
        Provenance source = new Provenance("public: the price at launch", false, false);

        prices.change(from, held -> Change.toOrSame(held, held.annotated(configured, source)));

        assertThat(prices.listed()).singleElement().satisfies(listed -> {
            assertThat(listed.price()).isEqualTo(configured);
            assertThat(listed.provenance()).isEqualTo(source);
            assertThat(listed.addedBy()).isEqualTo("configuration");
        });
        assertThat(prices.add(new ListedPrice(configured, source, "again", Instant.now()))).as("one price per date")
                .isFalse();
        assertThat(prices.listed()).hasSize(1);
    }
}
