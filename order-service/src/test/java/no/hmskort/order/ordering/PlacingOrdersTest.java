package no.hmskort.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.order.OrderServiceApplication;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Through the real broker and the Mongo wire protocol: order-service learns units and grants from
 * events, accepts an order from a person with rights, refuses everyone else the same way, and emits an
 * approved order line for production.
 */
@SpringBootTest(classes = OrderServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + OrderServiceApplication.CONFIG_NAME)
class PlacingOrdersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    OrganisationNumber mainUnit;
    OrganisationNumber subUnit;
    PersonId manager;
    String grantId;

    @BeforeEach
    void aBusinessWithASubUnitAndADailyManager() {
        mainUnit = TestIdentifiers.anOrganisationNumber();
        subUnit = TestIdentifiers.anOrganisationNumber();
        manager = TestIdentifiers.aPerson();
        grantId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(mainUnit, "Fjellbygg AS", "AS", null, false, false,
                false, Instant.now()));
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(subUnit, "Fjellbygg AS avd. Bergen", "BEDR",
                mainUnit, false, false, false, Instant.now()));
        TestEvents.publish(Topics.ACCESS, new AccessGranted(grantId, mainUnit, manager, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(mainUnit, subUnit)));
        Awaitility.await().atMost(WAIT).until(() -> mongo.exists(
                new Query(Criteria.where("_id").is(grantId)), "access_grants")
                && mongo.exists(new Query(Criteria.where("_id").is(subUnit.value())), "units"));
    }

    @Test
    void a_role_holder_on_the_main_unit_orders_for_a_sub_unit_and_production_is_told() {
        PersonId worker = TestIdentifiers.aPersonBornOn(LocalDate.of(1985, 3, 14));
        try (KafkaProbe orders = KafkaProbe.watching(Topics.ORDERS.name())) {
            String orderId = post(subUnit, token(manager), order(worker.value()))
                    .expectStatus().isCreated()
                    .expectBody()
                    .jsonPath("$.employer").isEqualTo(mainUnit.value())
                    .jsonPath("$.lines[0].state").isEqualTo("APPROVED")
                    .jsonPath("$.lines[0].personId").isEqualTo(worker.value().substring(0, 6) + "*****")
                    .returnResult().getResponseBody() == null ? null : "placed";
            assertThat(orderId).isNotNull();

            OrderLineApproved line = (OrderLineApproved) TestEvents.decode(Topics.ORDERS,
                    orders.await(r -> subUnit.value().equals(r.key()), WAIT).value()).data();
            assertThat(line.orderingUnit()).isEqualTo(subUnit);
            assertThat(line.employer()).isEqualTo(mainUnit);
            assertThat(line.employerName()).isEqualTo("Fjellbygg AS");
            assertThat(line.holder().person()).isEqualTo(worker);
            assertThat(line.holder().birthDate()).isEqualTo(LocalDate.of(1985, 3, 14));
            assertThat(line.cardType()).isEqualTo("construction");
        }
    }

    @Test
    void a_person_without_rights_is_refused_the_same_way_whether_the_business_exists_or_not() {
        PersonId stranger = TestIdentifiers.aPerson();
        String existing = post(subUnit, token(stranger), order(TestIdentifiers.aPerson().value()))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/no-rights-for-business")
                .returnResult().getResponseBody().toString();
        OrganisationNumber nobody = TestIdentifiers.anOrganisationNumber();
        post(nobody, token(stranger), order(TestIdentifiers.aPerson().value()))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/no-rights-for-business");
        assertThat(existing).isNotBlank();
        assertThat(ordersFor(subUnit)).isZero();
    }

    @Test
    void a_revoked_grant_stops_the_next_order() {
        post(subUnit, token(manager), order(TestIdentifiers.aPerson().value())).expectStatus().isCreated();
        TestEvents.publish(Topics.ACCESS, new AccessRevoked(grantId, mainUnit, "role DAGL no longer held"));
        Awaitility.await().atMost(WAIT).until(() -> mongo.exists(
                new Query(Criteria.where("_id").is(grantId).and("revoked").is(true)), "access_grants"));
        post(subUnit, token(manager), order(TestIdentifiers.aPerson().value())).expectStatus().isForbidden();
        assertThat(ordersFor(subUnit)).isEqualTo(1);
    }

    @Test
    void a_delegation_takes_effect_on_its_start_date_and_ends_after_its_stop_date_without_another_event() {
        PersonId early = TestIdentifiers.aPerson();
        PersonId late = TestIdentifiers.aPerson();
        PersonId current = TestIdentifiers.aPerson();
        LocalDate today = LocalDate.now();
        String notYet = publishDelegation(early, today.plusDays(1), null);
        String over = publishDelegation(late, today.minusDays(10), today.minusDays(1));
        String inForce = publishDelegation(current, today, today);
        Awaitility.await().atMost(WAIT).until(() -> mongo.exists(
                new Query(Criteria.where("_id").in(notYet, over, inForce)).limit(3), "access_grants")
                && mongo.count(new Query(Criteria.where("_id").in(notYet, over, inForce)), "access_grants") == 3);

        post(subUnit, token(early), order(TestIdentifiers.aPerson().value())).expectStatus().isForbidden();
        post(subUnit, token(late), order(TestIdentifiers.aPerson().value())).expectStatus().isForbidden();
        post(subUnit, token(current), order(TestIdentifiers.aPerson().value())).expectStatus().isCreated();
    }

    private String publishDelegation(PersonId person, LocalDate from, LocalDate until) {
        String id = UUID.randomUUID().toString();
        TestEvents.publish(Topics.ACCESS, new AccessGranted(id, mainUnit, person, "DELEGATION", from, until,
                List.of(mainUnit, subUnit)));
        return id;
    }

    @Test
    void bad_input_gets_a_precise_problem_and_no_order_is_made() {
        post(subUnit, token(manager), order("12345678901")).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://hmskort.no/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("lines[0].personId");
        post(subUnit, token(manager), "{\"cardType\": ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/malformed-request");
        post(subUnit, token(manager), order(TestIdentifiers.aPerson().value()).replace("construction", "diving"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cardType");
        client().post().uri("/api/businesses/123456789/orders").header("Authorization", "Bearer " + token(manager))
                .contentType(MediaType.APPLICATION_JSON).body(order(TestIdentifiers.aPerson().value())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("organisation number");
        post(subUnit, token(manager), order(TestIdentifiers.aPerson().value()).replace("\"5003\"", "\"50\""))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryAddress.postalCode");
        assertThat(ordersFor(subUnit)).isZero();
    }

    @Test
    void a_token_below_the_required_level_or_without_signature_is_refused() {
        String substantial = TestInfrastructure.get().idPorten().personToken(manager.value(), "idporten-loa-low");
        post(subUnit, substantial, order(TestIdentifiers.aPerson().value())).expectStatus().isUnauthorized();
        String valid = token(manager);
        String unsigned = valid.substring(0, valid.lastIndexOf('.') + 1);
        post(subUnit, unsigned, order(TestIdentifiers.aPerson().value())).expectStatus().isUnauthorized();
        assertThat(ordersFor(subUnit)).isZero();
    }

    private long ordersFor(OrganisationNumber unit) {
        return mongo.count(new Query(Criteria.where("orderingUnit").is(unit.value())), "orders");
    }

    private static String order(String personId) {
        return """
                {"cardType": "construction",
                 "deliveryAddress": {"recipient": "Fjellbygg AS", "street": "Bryggen 1", "postalCode": "5003", "city": "Bergen"},
                 "lines": [{"personId": "%s", "name": "Kari Nordmann"}]}
                """.formatted(personId);
    }

    private RestTestClient.ResponseSpec post(OrganisationNumber unit, String token, String body) {
        return client().post().uri("/api/businesses/{orgnr}/orders", unit.value())
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    private static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.HIGH);
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
