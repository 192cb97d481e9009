package no.hmskort.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.OrderServiceIntegrationTest;
import no.hmskort.order.uploads.application.Documents;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;

/**
 * The holder's identity is verified before anything is printed (building sites regulation § 6, cleaning
 * regulation § 10): by the holder's own ID-porten login on the upload page, or by an operator who compares
 * photo, ID copy and names; a rejected line is never printed or charged, and new documents reopen it.
 * Through the real broker, store and tokens.
 */
class IdentityCheckTest extends OrderServiceIntegrationTest {

    @Autowired
    Documents store;
    @LocalManagementPort
    int managementPort;

    @Test
    void the_holders_own_id_porten_login_verifies_the_identity_and_the_line_goes_to_production_at_once() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        try (KafkaProbe approvals = KafkaProbe.watching(Topics.ORDERS.name())) {
            uploadDocumentsOnly(business, order, 0);
            assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_IDENTITY_CHECK");
            assertThat(approvals.poll()).noneMatch(r -> holderOf(r).equals(worker));
            String link = uploadLink(business, order, 0);
            client().get().uri(link).exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.identityConfirmed").isEqualTo(false);

            confirmIdentity(business, order, 0);

            approvals.await(r -> holderOf(r).equals(worker), WAIT);
            assertThat(lineState(business, order, 0)).isEqualTo("APPROVED");
            assertThat((String) JsonPath.read(getOrder(business, order), "$.lines[0].identityCheck")).isEqualTo("ID_PORTEN");
            Document line = storedLine(order);
            assertThat(line.get("identity", Document.class).getString("method")).isEqualTo("ID_PORTEN");
            assertThat(line.get("identity", Document.class).getString("by")).isEqualTo("idporten-loa-high");
        }
    }

    @Test
    void someone_elses_login_cannot_confirm_the_holders_identity_and_nothing_changes() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = placeOrder(business, "construction", worker);
        uploadDocumentsOnly(business, order, 0);
        String token = uploadLink(business, order, 0).substring("/api/public/upload-links/".length());
        String path = "/api/holder/upload-links/" + token + "/identity";

        post(path, token(business.orderer()), "").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "not-the-card-holder");
        post(path, null, "").expectStatus().isUnauthorized();
        post(path, operatorToken(), "").expectStatus().isForbidden().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "person-required");
        post("/api/holder/upload-links/" + "B".repeat(43) + "/identity", token(worker), "").expectStatus().isNotFound();

        assertThat(storedLine(order).get("identity")).isNull();
        assertThat(lineState(business, order, 0)).isNotEqualTo("APPROVED");
    }

    @Test
    void an_operator_compares_photo_id_copy_and_names_and_approves_and_the_card_carries_the_registered_name() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        TestEvents.publish(Topics.PERSONS, new PersonRegisterEvent.PersonNameChanged(worker, "Kari Marie Nordmann",
                Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> facts.person(worker).name() != null
                && !facts.person(worker).employments().isEmpty());
        String order = placeOrder(business, "construction", worker);
        uploadDocumentsOnly(business, order, 0);
        String lineId = JsonPath.read(order, "$.lines[0].lineId");

        String queue = operator().get().uri("/api/operator/identity-checks?size=500").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        List<Map<String, Object>> mine = JsonPath.read(queue, "$[?(@.lineId == '" + lineId + "')]");
        assertThat(mine).singleElement().satisfies(entry -> {
            assertThat(entry.get("nameAsOrdered")).isEqualTo("Kari Nordmann");
            assertThat(entry.get("nameInRegister")).isEqualTo("Kari Marie Nordmann");
            assertThat(entry.get("nameMismatch")).isEqualTo(true);
            assertThat(entry.toString()).doesNotContain(worker.value());
        });
        String photo = (String) mine.getFirst().get("photo");
        operator().get().uri(photo).exchange().expectStatus().isOk().expectHeader().contentType("image/jpeg");
        operator().get().uri((String) mine.getFirst().get("idCopy")).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/pdf");
        client().get().uri(photo).header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isForbidden();

        try (KafkaProbe approvals = KafkaProbe.watching(Topics.ORDERS.name())) {
            operator().post().uri(decision(order, "approve")).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("APPROVED")
                    .jsonPath("$.identityCheckedBy").isEqualTo("OPERATOR");
            OrderLineApproved approved = (OrderLineApproved) TestEvents.decode(Topics.ORDERS,
                    approvals.await(r -> holderOf(r).equals(worker), WAIT).value()).data();
            assertThat(approved.holder().name()).isEqualTo("Kari Marie Nordmann");
        }
        assertThat((String) JsonPath.read(getOrder(business, order), "$.lines[0].nameOnCard")).isEqualTo("Kari Marie Nordmann");
        operator().get().uri(photo).exchange().expectStatus().isNotFound();
        operator().post().uri(decision(order, "approve")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "identity-check-not-open");
    }

    @Test
    void a_rejected_line_is_never_printed_nor_charged_the_employer_sees_why_and_new_documents_reopen_it() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        uploadDocumentsOnly(business, order, 0);
        String rejectedPhoto = storedLine(order).getString("photoId");
        try (KafkaProbe approvals = KafkaProbe.watching(Topics.ORDERS.name())) {
            operator().post().uri(decision(order, "reject")).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\": \"BAD_PHOTO\", \"note\": \"sunglasses\"}").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("REJECTED");

            String seen = getOrder(business, order);
            assertThat((String) JsonPath.read(seen, "$.lines[0].state")).isEqualTo("REJECTED");
            assertThat((String) JsonPath.read(seen, "$.lines[0].rejection.reason")).isEqualTo("BAD_PHOTO");
            assertThat((String) JsonPath.read(seen, "$.lines[0].rejection.note")).isEqualTo("sunglasses");
            assertThat((String) JsonPath.read(seen, "$.lines[0].rejection.uploadAgain")).isEqualTo("photo");
            assertThat((Boolean) JsonPath.read(seen, "$.lines[0].photo")).isFalse();
            assertThat(store.exists(rejectedPhoto)).isFalse();
            client().get().uri(lineOf(business.sub(), order, 0) + "/confirmation")
                    .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                    .expectStatus().isEqualTo(409);
            operator().post().uri(decision(order, "reject")).contentType(MediaType.APPLICATION_JSON)
                    .body("{\"reason\": \"LOOKS_ODD\"}").exchange().expectStatus().isBadRequest();

            put(lineOf(business.sub(), order, 0) + "/photo", token(business.orderer()), "image/jpeg", jpeg(600, 800))
                    .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("AWAITING_IDENTITY_CHECK");
            assertThat(approvals.poll()).noneMatch(r -> holderOf(r).equals(worker));

            operator().post().uri(decision(order, "approve")).exchange().expectStatus().isOk();
            approvals.await(r -> holderOf(r).equals(worker), WAIT);
            assertThat((String) JsonPath.read(getOrder(business, order), "$.lines[0].rejection.reason"))
                    .isEqualTo("BAD_PHOTO");
        }
    }

    @Test
    void the_age_of_the_oldest_line_in_the_queue_is_a_metric() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        uploadDocumentsOnly(business, order, 0);
        assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_IDENTITY_CHECK");
        clock.advance(Duration.ofHours(2));
        try {
            String metrics = client().mutate().baseUrl("http://localhost:" + managementPort).build().get()
                    .uri("/actuator/prometheus").exchange().expectStatus().isOk().returnResult(String.class)
                    .getResponseBody();
            double oldest = metrics.lines().filter(l -> l.startsWith("hmskort_identity_queue_oldest_age_seconds"))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElseThrow();
            assertThat(oldest).isGreaterThanOrEqualTo(Duration.ofHours(2).toSeconds());
            assertThat(metrics).contains("hmskort_identity_queue_size");
        } finally {
            clock.reset();
        }
    }

    private org.springframework.test.web.servlet.client.RestTestClient operator() {
        return client().mutate().defaultHeader("Authorization", "Bearer " + operatorToken()).build();
    }

    private static String decision(String order, String what) {
        return "/api/operator/identity-checks/" + JsonPath.read(order, "$.orderId") + "/lines/"
                + JsonPath.read(order, "$.lines[0].lineId") + "/" + what;
    }

    private Document storedLine(String order) {
        return mongo.getCollection("orders").find(new Document("_id", JsonPath.read(order, "$.orderId"))).first()
                .get("order", Document.class).getList("lines", Document.class).getFirst();
    }

    private static PersonId holderOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return ((OrderLineApproved) TestEvents.decode(Topics.ORDERS, record.value()).data()).holder().person();
    }
}
