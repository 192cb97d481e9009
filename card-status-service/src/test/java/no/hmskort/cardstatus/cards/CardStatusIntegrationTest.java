package no.hmskort.cardstatus.cards;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.cardstatus.CardStatusServiceApplication;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.testsupport.MovableClock;
import no.hmskort.testsupport.MovableClockConfiguration;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * One Spring context for the integration tests of card-status-service (same annotations, so Spring's context
 * cache shares it), on the real broker, the Mongo wire protocol and signed tokens: a business with a sub-unit,
 * an employee and an orderer, and builders for issued cards and the requests made about them.
 */
@SpringBootTest(classes = CardStatusServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + CardStatusServiceApplication.CONFIG_NAME,
            "hmskort.public-check.requests-per-second=40", "hmskort.card-status.judgement-page=2"})
@Import(MovableClockConfiguration.class)
abstract class CardStatusIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;
    @Autowired
    MovableClock clock;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    OrganisationNumber main;
    OrganisationNumber sub;
    PersonId worker;
    PersonId orderer;

    @BeforeEach
    void aBusinessWithAnEmployee() {
        main = TestIdentifiers.anOrganisationNumber();
        sub = TestIdentifiers.anOrganisationNumber();
        worker = TestIdentifiers.aPerson();
        orderer = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(main, "Vask og Bygg AS", "AS", null, false, false,
                false, Instant.now()));
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Vask og Bygg AS avd. Hamar", "BEDR", main,
                false, false, false, Instant.now()));
        TestEvents.publish(Topics.VAT_REGISTER, new VatRegisterEvent.VatRegistrationChanged(main, true, null, Instant.now()));
        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(main, true, Instant.now()));
        TestEvents.publish(Topics.EMPLOYMENTS, new EmploymentEvent.EmploymentChanged(UUID.randomUUID().toString(), sub,
                worker, LocalDate.now().minusYears(2), null, Instant.now()));
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), main, orderer, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(main, sub)));
    }

    String log(CardIssued card) {
        return employer().get().uri("/api/businesses/{orgnr}/cards/{n}/log", sub.value(), card.cardNumber().value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    CardIssued issue(String type, PersonId holder, String name) {
        return issue(type, holder, name, null);
    }

    CardIssued issue(String type, PersonId holder, String name, CardNumber replaces) {
        CardIssued card = new CardIssued(CardNumber.random(RANDOM), ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8)),
                UUID.randomUUID(), UUID.randomUUID(), sub, main, "Vask og Bygg AS", type,
                new CardHolder(holder, name, holder.birthDate()), LocalDate.now(), LocalDate.now().plusYears(2),
                Instant.now(), replaces, replaces != null);
        TestEvents.publish(Topics.CARDS, card);
        return card;
    }

    String awaitCheck(CardNumber number, String expected) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> check(number), body -> body != null && body.contains(expected));
    }

    /** The gate's lookup by card number, with a client token. */
    String gate(CardIssued card) {
        return gate(card.cardNumber());
    }

    String gate(CardNumber number) {
        String token = TestInfrastructure.get().maskinporten().clientToken("gate-1", "hmskort:gate");
        return client().get().uri("/api/gate/cards/{n}", number.value())
                .header("Authorization", "Bearer " + token).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    String check(CardNumber number) {
        return client().get().uri("/api/public/cards/{n}", number.value()).exchange().returnResult(String.class)
                .getResponseBody();
    }

    String cardsOf(OrganisationNumber business, String query) {
        return employer().get().uri("/api/businesses/" + business.value() + "/cards" + query)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    RestTestClient.ResponseSpec block(CardIssued card, String reason) {
        return employer().post().uri("/api/businesses/{orgnr}/cards/{n}/block", sub.value(), card.cardNumber().value())
                .header("Authorization", "Bearer " + token(orderer)).contentType(MediaType.APPLICATION_JSON)
                .body("{\"reason\":\"" + reason + "\"}").exchange();
    }

    static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.SUBSTANTIAL);
    }

    RestTestClient employer() {
        Awaitility.await().atMost(WAIT).until(() -> client().get().uri("/api/businesses/{orgnr}/cards", main.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().returnResult(String.class)
                .getStatus().value() == 200);
        return client();
    }

    RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
