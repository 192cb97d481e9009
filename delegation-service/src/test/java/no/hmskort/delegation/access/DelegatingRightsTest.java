package no.hmskort.delegation.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.DelegationServiceApplication;
import no.hmskort.delegation.access.application.Delegating;
import no.hmskort.delegation.access.application.ExpiringDelegations;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.embedded.MockMaskinporten;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.time.Norway;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Delegation through the real broker, the Mongo wire protocol and real signed tokens: a role holder
 * delegates, sees who has access, revokes; the calendar expires; everything is audited; every wrong
 * request gets its own problem and changes nothing.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class DelegatingRightsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PROBLEMS = "https://hmskort.no/problems/";

    @LocalServerPort
    int port;
    @Autowired
    ExpiringDelegations expiring;
    @Autowired
    Delegating delegating;

    OrganisationNumber business;
    PersonId manager;

    @BeforeEach
    void aBusinessWithADailyManager() {
        business = TestIdentifiers.anOrganisationNumber();
        manager = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(business, "Rent og Pent AS", "AS", null, false,
                false, false, Instant.now()));
        TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(business,
                List.of(new RolesChanged.Role("DAGL", manager, "Mona Manager")), Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> get("/access/count", high(manager)).getStatus().value() == 200);
    }

    @Test
    void a_role_holder_delegates_sees_the_count_and_details_and_revokes_and_all_is_audited() {
        PersonId delegate = TestIdentifiers.aPerson();
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            String grantId = post("/delegations", high(manager), delegation(delegate, null, null))
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.basis").isEqualTo("DELEGATION")
                    .jsonPath("$.personId").isEqualTo(delegate.value().substring(0, 6) + "*****")
                    .returnResult().getResponseBody() != null ? grantIdOf(access, delegate) : null;

            AccessGranted granted = (AccessGranted) event(access.await(
                    r -> business.value().equals(r.key()) && event(r) instanceof AccessGranted g && g.person().equals(delegate), WAIT));
            assertThat(granted.grantId()).isEqualTo(grantId);
            assertThat(granted.coveredUnits()).containsExactly(business);
            assertThat(get("/access/count", high(manager)).getResponseBody()).contains("\"count\":2");
            assertThat(get("/access", high(manager)).getResponseBody()).contains(grantId, "Delia Delegate")
                    .doesNotContain(delegate.value());

            client().delete().uri("/api/businesses/{orgnr}/delegations/{id}", business.value(), grantId)
                    .header("Authorization", "Bearer " + high(manager)).exchange().expectStatus().isNoContent();
            AccessRevoked revoked = (AccessRevoked) event(access.await(
                    r -> business.value().equals(r.key()) && event(r) instanceof AccessRevoked, WAIT));
            assertThat(revoked.grantId()).isEqualTo(grantId);
            assertThat(get("/access/count", high(manager)).getResponseBody()).contains("\"count\":1");

            String audit = get("/audit", high(manager)).getResponseBody();
            assertThat(audit).contains("ROLE_GRANTED", "DELEGATED", "DELEGATION_REVOKED",
                    manager.value().substring(0, 6) + "*****").doesNotContain(manager.value(), delegate.value());
        }
    }

    @Test
    void granting_needs_a_high_login_and_a_delegate_cannot_delegate_further() {
        PersonId delegate = TestIdentifiers.aPerson();
        post("/delegations", login(manager, MockIdPorten.SUBSTANTIAL), delegation(delegate, null, null))
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "insufficient-assurance");
        post("/delegations", high(manager), delegation(delegate, null, null)).expectStatus().isCreated();
        Awaitility.await().atMost(WAIT).until(() -> get("/access/count", high(manager)).getResponseBody().contains("\"count\":2"));

        post("/delegations", high(delegate), delegation(TestIdentifiers.aPerson(), null, null))
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-a-role-holder");
        assertThat(get("/access/count", high(manager)).getResponseBody()).contains("\"count\":2");
    }

    @Test
    void a_stranger_is_refused_the_same_way_whether_the_business_exists_or_not() {
        PersonId stranger = TestIdentifiers.aPerson();
        String existing = get("/access", high(stranger)).getResponseBody();
        String unknown = client().get().uri("/api/businesses/{orgnr}/access", TestIdentifiers.anOrganisationNumber().value())
                .header("Authorization", "Bearer " + high(stranger)).exchange().returnResult(String.class).getResponseBody();
        assertThat(existing).contains(PROBLEMS + "no-rights-for-business");
        assertThat(unknown).contains(PROBLEMS + "no-rights-for-business");
    }

    @Test
    void bad_requests_each_get_their_own_problem_and_change_nothing() {
        PersonId delegate = TestIdentifiers.aPerson();
        LocalDate today = LocalDate.now(Norway.ZONE); // the service's dates are Norwegian dates
        post("/delegations", high(manager), delegation(null, null, null).replace("\"personId\":null", "\"personId\":\"12345678901\""))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("personId");
        post("/delegations", high(manager), delegation(delegate, today.plusDays(5), today.plusDays(1)))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("validUntil");
        post("/delegations", high(manager), delegation(delegate, today.minusDays(1), null))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "start-in-the-past");
        post("/delegations", high(manager), delegation(manager, null, null))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "self");
        client().delete().uri("/api/businesses/{orgnr}/delegations/{id}", business.value(), "no-such-grant")
                .header("Authorization", "Bearer " + high(manager)).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "grant-not-found");
        String auditBefore = get("/audit", high(manager)).getResponseBody();

        post("/delegations", high(manager), delegation(delegate, null, null)).expectStatus().isCreated();
        post("/delegations", high(manager), delegation(delegate, today.plusDays(3), null))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate");

        assertThat(auditBefore).doesNotContain("DELEGATED");
        assertThat(get("/audit", high(manager)).getResponseBody().split("\"DELEGATED\"", -1)).hasSize(2);
    }

    /** Each delegation is decided on the business as it is when saved: none overwrites another. */
    @Test
    void delegations_given_at_the_same_time_all_land() throws Exception {
        List<PersonId> delegates = Stream.generate(TestIdentifiers::aPerson).limit(6).toList();
        ExecutorService pool = Executors.newFixedThreadPool(delegates.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<DelegationOutcome>> outcomes = delegates.stream().map(delegate -> pool.submit(() -> {
                start.await();
                return delegating.delegate(new Delegating.Command(manager, business, delegate, "Delia Delegate", null,
                        null));
            })).toList();
            start.countDown();
            for (Future<DelegationOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(DelegationOutcome.Done.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/access/count", high(manager)).getResponseBody()).contains("\"count\":" + (delegates.size() + 1));
        assertThat(get("/audit", high(manager)).getResponseBody().split("\"DELEGATED\"", -1)).hasSize(delegates.size() + 1);
    }

    @Test
    void a_delegation_past_its_stop_date_is_recorded_as_expired_once() {
        PersonId delegate = TestIdentifiers.aPerson();
        LocalDate today = LocalDate.now(Norway.ZONE); // the service's dates are Norwegian dates
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            post("/delegations", high(manager), delegation(delegate, today, today)).expectStatus().isCreated();
            access.await(r -> business.value().equals(r.key()) && event(r) instanceof AccessGranted, WAIT);

            assertThat(expiring.expireAsOf(today)).isZero();
            assertThat(expiring.expireAsOf(today.plusDays(1))).isGreaterThanOrEqualTo(1);
            assertThat(expiring.expireAsOf(today.plusDays(1))).isZero();

            AccessRevoked revoked = (AccessRevoked) event(access.await(
                    r -> business.value().equals(r.key()) && event(r) instanceof AccessRevoked, WAIT));
            assertThat(revoked.reason()).contains("expired on " + today);
            assertThat(get("/audit", high(manager)).getResponseBody()).contains("DELEGATION_EXPIRED");
        }
    }

    @Test
    void a_new_sub_unit_is_covered_by_the_grants_on_its_main_unit() {
        OrganisationNumber subUnit = TestIdentifiers.anOrganisationNumber();
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(subUnit, "Rent og Pent AS avd. Bodø", "BEDR",
                    business, false, false, false, Instant.now()));
            AccessGranted widened = (AccessGranted) event(access.await(r -> business.value().equals(r.key())
                    && event(r) instanceof AccessGranted g && g.coveredUnits().contains(subUnit), WAIT));
            assertThat(widened.person()).isEqualTo(manager);
            assertThat(widened.coveredUnits()).containsExactly(business, subUnit);
        }
        String mine = client().get().uri("/api/me/businesses").header("Authorization", "Bearer " + high(manager))
                .exchange().returnResult(String.class).getResponseBody();
        assertThat(mine).contains(business.value(), subUnit.value(), "Rent og Pent AS avd. Bodø", "ROLE:DAGL");
    }

    @Test
    void the_audit_trail_is_open_to_operator_clients_but_not_to_other_clients() {
        String operator = TestInfrastructure.get().maskinporten().clientToken("operator-tool", "hmskort:operator");
        String gate = TestInfrastructure.get().maskinporten().clientToken("gate-7", "hmskort:gate");
        assertThat(get("/audit", operator).getStatus().value()).isEqualTo(200);
        assertThat(get("/audit", operator).getResponseBody()).contains("ROLE_GRANTED");
        assertThat(get("/audit", gate).getStatus().value()).isEqualTo(403);
    }

    @Test
    void tokens_that_are_not_exactly_right_are_refused_with_401_and_an_answer_that_says_nothing_of_why() {
        MockIdPorten idPorten = TestInfrastructure.get().idPorten();
        Map<String, Object> claims = Map.of("pid", manager.value(), "acr", MockIdPorten.HIGH);
        String wrongIssuer = idPorten.token("other-issuer", MockIdPorten.AUDIENCE, claims, Duration.ofMinutes(5));
        String wrongAudience = idPorten.token(MockIdPorten.ISSUER_ID, "another-api", claims, Duration.ofMinutes(5));
        String expired = idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE, claims, Duration.ofMinutes(-10));
        String valid = high(manager);
        String[] parts = valid.split("\\.");
        String unsigned = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String tampered = parts[0] + "." + base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(manager.value(), TestIdentifiers.aPerson().value())) + "." + parts[2];
        String lowLevel = login(manager, "idporten-loa-low");
        long now = Instant.now().getEpochSecond();
        String neverExpires = idPorten.signedWithExactly(Map.of("iss", idPorten.issuerUri(),
                "aud", MockIdPorten.AUDIENCE, "iat", now, "nbf", now, "pid", manager.value(), "acr", MockIdPorten.HIGH));
        String lowLevelWithoutPid = idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                Map.of("acr", "idporten-loa-low", "client_id", "portal"), Duration.ofMinutes(5));
        MockMaskinporten maskinporten = TestInfrastructure.get().maskinporten();
        String personThroughMaskinporten = maskinporten.token(MockMaskinporten.AUDIENCE, claims, Duration.ofMinutes(5));
        String idPortenForMaskinportensAudience = idPorten.token(MockIdPorten.ISSUER_ID, MockMaskinporten.AUDIENCE,
                claims, Duration.ofMinutes(5));

        assertThat(get("/access/count", valid).getStatus().value()).isEqualTo(200);
        List<String> answers = new java.util.ArrayList<>();
        for (String token : List.of(wrongIssuer, wrongAudience, expired, unsigned, tampered, lowLevel, neverExpires,
                lowLevelWithoutPid, personThroughMaskinporten, idPortenForMaskinportensAudience, "not-a-jwt")) {
            var result = get("/access/count", token);
            assertThat(result.getStatus().value()).isEqualTo(401);
            assertThat(result.getResponseBody()).contains(PROBLEMS + "unauthenticated")
                    .contains("A valid, unexpired token from the configured issuer for this API is required")
                    .doesNotContainIgnoringCase("audience").doesNotContainIgnoringCase("expired at")
                    .doesNotContain("acr").doesNotContain("Jwt").doesNotContain("signature")
                    .doesNotContainIgnoringCase("maskinporten");
            answers.add(result.getResponseBody());
        }
        assertThat(answers).as("one answer for every refusal").containsOnly(answers.getFirst());
    }

    /**
     * ID-porten is trusted for people, Maskinporten for machine clients, each with its own audience: a scope
     * counts only on a Maskinporten token, a person only on an ID-porten one, and a third issuer, even the same
     * server under another name, is refused with the answer any other bad token gets.
     */
    @Test
    void each_issuer_is_trusted_for_its_own_callers_and_audience_only() {
        MockIdPorten idPorten = TestInfrastructure.get().idPorten();
        MockMaskinporten maskinporten = TestInfrastructure.get().maskinporten();
        Duration lifetime = Duration.ofMinutes(5);
        Map<String, Object> operatorClient = MockMaskinporten.clientClaims("operator-tool", MockMaskinporten.ORGANISATION,
                Caller.OPERATOR_SCOPE);
        String someOtherRefusal = get("/audit", "not-a-jwt").getResponseBody();

        var asClient = get("/audit", maskinporten.clientToken("operator-tool", Caller.OPERATOR_SCOPE));
        assertThat(asClient.getStatus().value()).isEqualTo(200);
        assertThat(asClient.getResponseBody()).contains("ROLE_GRANTED");

        Map<String, String> refused = Map.of(
                "a client's claims signed by ID-porten", idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                        operatorClient, lifetime),
                "a person through Maskinporten", maskinporten.token(MockMaskinporten.AUDIENCE,
                        Map.of("pid", manager.value(), "acr", MockIdPorten.HIGH, "scope", Caller.OPERATOR_SCOPE,
                                "consumer", MockMaskinporten.consumer(MockMaskinporten.ORGANISATION)), lifetime),
                "a Maskinporten client for ID-porten's audience", maskinporten.token(MockIdPorten.AUDIENCE,
                        operatorClient, lifetime),
                "an ID-porten login for Maskinporten's audience", idPorten.token(MockIdPorten.ISSUER_ID,
                        MockMaskinporten.AUDIENCE, Map.of("pid", manager.value(), "acr", MockIdPorten.HIGH), lifetime),
                "a client from a third issuer", idPorten.token("partner-idp", MockMaskinporten.AUDIENCE, operatorClient,
                        lifetime),
                "a person from a third issuer", idPorten.token("partner-idp", MockIdPorten.AUDIENCE,
                        Map.of("pid", manager.value(), "acr", MockIdPorten.HIGH), lifetime));
        refused.forEach((what, token) -> {
            var audit = get("/audit", token);
            assertThat(audit.getStatus().value()).as(what).isEqualTo(401);
            assertThat(audit.getResponseBody()).as(what).isEqualTo(someOtherRefusal);
            assertThat(get("/access/count", token).getStatus().value()).as(what).isEqualTo(401);
        });
        assertThat(get("/access/count", high(manager)).getStatus().value()).isEqualTo(200);
    }

    @Test
    void a_client_token_cannot_act_for_a_business_and_a_persons_token_never_passes_a_machine_scope_check() {
        String client = TestInfrastructure.get().maskinporten().clientToken("some-integration", "hmskort:operator");
        var asClient = get("/access/count", client);
        assertThat(asClient.getStatus().value()).isEqualTo(403);
        assertThat(asClient.getResponseBody()).contains(PROBLEMS + "person-required");

        String personWithScope = TestInfrastructure.get().idPorten().token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                Map.of("pid", TestIdentifiers.aPerson().value(), "acr", MockIdPorten.HIGH, "scope", "hmskort:operator"),
                Duration.ofMinutes(5));
        var audit = get("/audit", personWithScope);
        assertThat(audit.getStatus().value()).isEqualTo(403);
        assertThat(audit.getResponseBody()).doesNotContain("ROLE_GRANTED");
        assertThat(get("/audit", client).getStatus().value()).isEqualTo(200);
    }

    private String grantIdOf(KafkaProbe access, PersonId delegate) {
        return ((AccessGranted) event(access.await(r -> business.value().equals(r.key())
                && event(r) instanceof AccessGranted g && g.person().equals(delegate), WAIT))).grantId();
    }

    private static String delegation(PersonId person, LocalDate from, LocalDate until) {
        return "{\"personId\":" + (person == null ? "null" : "\"" + person.value() + "\"") + ",\"name\":\"Delia Delegate\""
                + (from == null ? "" : ",\"validFrom\":\"" + from + "\"") + (until == null ? "" : ",\"validUntil\":\"" + until + "\"")
                + "}";
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String high(PersonId person) {
        return login(person, MockIdPorten.HIGH);
    }

    private static String login(PersonId person, String acr) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), acr);
    }

    private RestTestClient.ResponseSpec post(String path, String token, String body) {
        return client().post().uri("/api/businesses/{orgnr}" + path, business.value())
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private org.springframework.test.web.servlet.client.EntityExchangeResult<String> get(String path, String token) {
        return client().get().uri("/api/businesses/{orgnr}" + path, business.value())
                .header("Authorization", "Bearer " + token).exchange().returnResult(String.class);
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static AccessEvent event(ConsumerRecord<String, byte[]> record) {
        return TestEvents.decode(Topics.ACCESS, record.value()).data();
    }
}
