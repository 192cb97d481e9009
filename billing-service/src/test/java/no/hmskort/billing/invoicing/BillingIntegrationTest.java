package no.hmskort.billing.invoicing;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import no.hmskort.billing.BillingServiceApplication;
import no.hmskort.billing.invoicing.application.CreditNotes;
import no.hmskort.billing.invoicing.application.Customers;
import no.hmskort.billing.invoicing.application.Invoices;
import no.hmskort.billing.invoicing.application.IssuingDocuments;
import no.hmskort.billing.invoicing.messaging.ShipmentsIn;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.testsupport.AccessScenarios.Answer;
import no.hmskort.testsupport.MovableClock;
import no.hmskort.testsupport.MovableClockConfiguration;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One Spring context for every integration test of billing-service (same annotations, so Spring's context
 * cache shares it), on the real broker, the Mongo wire protocol and signed tokens, with a clock the tests
 * can move; with builders for the units, grants and shipments the tests need.
 */
@SpringBootTest(classes = BillingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + BillingServiceApplication.CONFIG_NAME)
@Import(MovableClockConfiguration.class)
abstract class BillingIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final SecureRandom RANDOM = new SecureRandom();
    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    static final String PROBLEMS = "https://hmskort.no/problems/";

    @LocalServerPort
    int port;
    @Autowired
    ShipmentsIn invoicing;
    @Autowired
    IssuingDocuments issuing;
    @Autowired
    Invoices invoices;
    @Autowired
    CreditNotes creditNotes;
    @Autowired
    Customers customers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MovableClock clock;

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }

    static void aMainUnit(OrganisationNumber orgnr, String name, BusinessAddress address) {
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(orgnr, name, "AS", null, false, false, false,
                Instant.now(), "41.200", address));
    }

    static void aSubUnit(OrganisationNumber orgnr, String name, OrganisationNumber mainUnit, BusinessAddress location) {
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(orgnr, name, "BEDR", mainUnit, false, false, false,
                Instant.now(), "41.200", location));
    }

    static BusinessAddress anAddress(String street, String postalCode, String city) {
        return new BusinessAddress(List.of(street), postalCode, city, "NO");
    }

    /** Publishes a grant as delegation-service does; the same id again replaces its coverage. */
    static void grant(String grantId, OrganisationNumber on, PersonId person, String basis, LocalDate from,
            LocalDate until, OrganisationNumber... covered) {
        TestEvents.publish(Topics.ACCESS, new AccessGranted(grantId, on, person, basis, from, until, List.of(covered)));
    }

    static String aGrantId() {
        return UUID.randomUUID().toString();
    }

    static LocalDate today() {
        return LocalDate.now(NORWAY);
    }

    static ShipmentSent shipment(OrganisationNumber unit, LocalDate sentOn, long postage, boolean charged,
            ShipmentSent.ShippedCard... cards) {
        return new ShipmentSent(UUID.randomUUID(), unit, new DeliveryAddress("Bygg og Vask AS, lageret", "Byggveien 1",
                "2317", "Hamar"), sentOn, List.of(cards), postage, charged);
    }

    static ShipmentSent.ShippedCard card(String type, Instant orderedAt, boolean free) {
        return new ShipmentSent.ShippedCard(CardNumber.random(RANDOM), type, UUID.randomUUID(), orderedAt, free);
    }

    static ShipmentSent.ShippedCard[] cards(int count) {
        return IntStream.range(0, count).mapToObj(i -> card("construction", Instant.now(), false))
                .toArray(ShipmentSent.ShippedCard[]::new);
    }

    static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.SUBSTANTIAL);
    }

    static String operatorToken() {
        return TestInfrastructure.get().maskinporten().clientToken("operator-1", "hmskort:operator");
    }

    Answer get(PersonId person, String path, Object... variables) {
        var result = client().get().uri(path, variables).header("Authorization", "Bearer " + token(person)).exchange()
                .returnResult(String.class);
        return new Answer(result.getStatus().value(), result.getResponseBody());
    }

    String ehf(String kind, OrganisationNumber business, String number, PersonId person) {
        return client().get().uri("/api/businesses/{orgnr}/{kind}/{n}/ehf", business.value(), kind, number)
                .header("Authorization", "Bearer " + token(person)).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_XML)
                .returnResult(String.class).getResponseBody();
    }

    RestTestClient.ResponseSpec postRefund(String token, String body) {
        return client().post().uri("/api/operator/postage-refunds").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** Runs a postage refund for the period and answers the run. */
    String refund(String from, String to) {
        return postRefund(operatorToken(), "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}").expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
