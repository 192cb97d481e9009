package no.hmskort.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.OrderServiceIntegrationTest;
import no.hmskort.platform.time.Norway;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Placing orders through the API, on the real broker and store: rights, addresses, card-type policy,
 * idempotency, the duplicate rule and reorders, bad input, the order's life, and the confirmation.
 */
class PlacingOrdersTest extends OrderServiceIntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    MeterRegistry meters;

    @Test
    void a_role_holder_orders_for_a_sub_unit_and_the_line_waits_for_documents_showing_its_unmet_duties() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPersonBornOn(LocalDate.of(1985, 3, 14));
        String order = placeOrder(business, "construction", worker);

        assertThat((String) JsonPath.read(order, "$.employer")).isEqualTo(business.main().value());
        assertThat((String) JsonPath.read(order, "$.employerName")).isEqualTo("Fjellbygg AS");
        assertThat((String) JsonPath.read(order, "$.deliveryAddress.city")).isEqualTo("Bergen");
        assertThat((String) JsonPath.read(order, "$.lines[0].state")).isEqualTo("AWAITING_DOCUMENTS");
        assertThat((String) JsonPath.read(order, "$.lines[0].personId")).isEqualTo(worker.value().substring(0, 6) + "*****");
        assertThat((String) JsonPath.read(order, "$.lines[0].birthDate")).isEqualTo("1985-03-14");
        assertThat((List<String>) JsonPath.read(order, "$.lines[0].unmetDuties[*].duty")).containsExactly("employment-registered");
        assertThat(order).doesNotContain(worker.value());
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_very_same_answer_and_the_key_cannot_order_something_else() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String key = UUID.randomUUID().toString();
        var first = withKey(business, key, orderJson(business, "construction", worker))
                .expectStatus().isCreated().returnResult(byte[].class);
        // the order moves on between the two requests: the retry still gets the first answer, not today's order
        put(ordersOf(business.sub()) + "/" + JsonPath.read(new String(first.getResponseBody()), "$.orderId") + "/lines/"
                + JsonPath.read(new String(first.getResponseBody()), "$.lines[0].lineId") + "/photo",
                token(business.orderer()), "image/jpeg", jpeg(600, 800)).expectStatus().isOk();
        var retry = withKey(business, key, orderJson(business, "construction", worker))
                .expectStatus().isCreated().returnResult(byte[].class);
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());

        withKey(business, key, orderJson(business, "construction", TestIdentifiers.aPerson()))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "idempotency-key-reused");
        assertThat(ordersOf(business)).isEqualTo(1);
    }

    @Test
    void orders_and_lines_placed_are_counted_once_and_lines_are_gauged_by_state_from_the_store() {
        Business business = aBusiness();
        double orders = meters.counter("hmskort.orders.placed", "card_type", "construction").count();
        double lines = meters.counter("hmskort.order.lines.placed", "card_type", "construction").count();
        String key = UUID.randomUUID().toString();
        String json = orderJson(business, "construction", TestIdentifiers.aPerson(), TestIdentifiers.aPerson());
        withKey(business, key, json).expectStatus().isCreated();
        withKey(business, key, json).expectStatus().isCreated();
        assertThat(meters.counter("hmskort.orders.placed", "card_type", "construction").count())
                .as("a retry under the same key is not another order").isEqualTo(orders + 1);
        assertThat(meters.counter("hmskort.order.lines.placed", "card_type", "construction").count()).isEqualTo(lines + 2);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            double gauged = meters.get("hmskort.order.lines").tag("state", "AWAITING_DOCUMENTS").gauge().value();
            long stored = mongo.getCollection("orders").aggregate(List.of(new Document("$unwind", "$order.lines"),
                    new Document("$match", new Document("order.lines.state", "AWAITING_DOCUMENTS"))))
                    .into(new ArrayList<>()).size();
            assertThat(gauged).isGreaterThanOrEqualTo(2).isEqualTo(stored);
        });
    }

    @Test
    void an_open_line_or_an_active_card_refuses_a_second_one_and_a_blocked_card_is_replaced_by_a_reorder() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        post(ordersOf(business.sub()), token(business.orderer()), orderJson(business, "construction", worker))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate-card")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("open order line", worker.value().substring(0, 6) + "*****")
                        .doesNotContain(worker.value()));
        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CarCareApprovalChanged(business.main(), true,
                Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> Boolean.TRUE.equals(facts.business(business.main()).carCareApproved()));
        placeOrder(business, "car-care", worker);

        uploadDocuments(business, order, 0);
        awaitLineState(business, order, 0, "APPROVED");
        CardNumber card = issue(business, order, worker);
        awaitLineState(business, order, 0, "PRINTED");
        post(ordersOf(business.sub()), token(business.orderer()), orderJson(business, "construction", worker))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("active card"));
        post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, card))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "renewal-too-early");

        block(business, card);
        String reorder = post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, card))
                .expectStatus().isCreated().returnResult(String.class).getResponseBody();
        assertThat((String) JsonPath.read(reorder, "$.lines[0].replacesCard")).isEqualTo(card.value());
    }

    @Test
    void a_blocked_card_is_replaced_once_even_when_its_replacement_is_blocked_in_turn() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = anApprovedConstructionOrder(business, worker);
        CardNumber lost = issue(business, order, worker);
        awaitLineState(business, order, 0, "PRINTED");
        block(business, lost);

        String reorder = placedFor(post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, lost))
                .expectStatus().isCreated().returnResult(String.class).getResponseBody(), worker);
        post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, lost))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate-card");

        uploadDocuments(business, reorder, 0);
        awaitLineState(business, reorder, 0, "APPROVED");
        CardNumber replacement = issue(business, reorder, worker);
        awaitLineState(business, reorder, 0, "PRINTED");
        block(business, replacement);
        long before = ordersOf(business);
        post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, lost))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate-card")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("already been replaced"));
        assertThat(ordersOf(business)).isEqualTo(before);
    }

    /**
     * A card may be renewed within the configured window (60 days) before it expires, and not before; the
     * renewal names the card it replaces, which stays valid (production replaces it when the new card is
     * delivered), and each card is renewed once.
     */
    @Test
    void a_card_is_renewed_within_sixty_days_of_its_expiry_not_before_and_only_once() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = anApprovedConstructionOrder(business, worker);
        CardNumber expiring = issue(business, order, worker, Norway.today(clock).plusDays(61));
        awaitLineState(business, order, 0, "PRINTED");

        post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, expiring))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "renewal-too-early");
        clock.advance(java.time.Duration.ofDays(1));
        try {
            String renewal = post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, expiring))
                    .expectStatus().isCreated().returnResult(String.class).getResponseBody();
            assertThat((String) JsonPath.read(renewal, "$.lines[0].replacesCard")).isEqualTo(expiring.value());
            post(ordersOf(business.sub()), token(business.orderer()), reorder(business, worker, expiring))
                    .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate-card");
            post(ordersOf(business.sub()), token(business.orderer()), orderJson(business, "construction", worker))
                    .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "duplicate-card");
        } finally {
            clock.reset();
        }
    }

    @Test
    void car_care_cards_need_the_car_care_approval_and_goods_delivery_cards_are_offered_from_2026() {
        Business business = aBusiness();
        post(ordersOf(business.sub()), token(business.orderer()), orderJson(business, "car-care", TestIdentifiers.aPerson()))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "card-type-not-allowed")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("car-care", "approved"));
        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CarCareApprovalChanged(business.main(), true,
                Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> Boolean.TRUE.equals(facts.business(business.main()).carCareApproved()));
        placeOrder(business, "car-care", TestIdentifiers.aPerson());
        placeOrder(business, "goods-delivery", TestIdentifiers.aPerson());
    }

    private void block(Business business, CardNumber card) {
        TestEvents.publish(Topics.CARD_STATUS, new CardStatusChanged(card, ChipUid.of("04A22B1A5C6180"), business.main(),
                "BLOCKED", List.of("reported lost"), LocalDate.now().plusYears(2), Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> mongo.exists(new Query(Criteria.where("_id").is(card.value())
                .and("status").is("BLOCKED")), "cards"));
    }

    @Test
    void bad_input_gets_a_precise_problem_and_no_order_is_made() {
        Business business = aBusiness();
        Business other = aBusiness();
        String token = token(business.orderer());
        String valid = orderJson(business, "construction", TestIdentifiers.aPerson());
        post(ordersOf(business.sub()), token, valid.replaceFirst("\"personId\": \"\\d+\"", "\"personId\": \"12345678901\""))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("lines[0].personId");
        post(ordersOf(business.sub()), token, "{\"cardType\": ").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "malformed-request");
        post("/api/businesses/123456789/orders", token, valid).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("organisation number");
        post(ordersOf(business.sub()), token, valid.replace("construction", "diving")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cardType");
        post(ordersOf(business.sub()), token, valid.replace(business.addressId().toString(), other.addressId().toString()))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-delivery-address");
        post(ordersOf(other.sub()), token, orderJson(other, "construction", TestIdentifiers.aPerson()))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "no-rights-for-business");
        post(ordersOf(business.sub()), null, valid).expectStatus().isUnauthorized();
        assertThat(ordersOf(business)).isZero();
        assertThat(ordersOf(other)).isZero();
    }

    @Test
    void only_a_business_approved_in_renholdsregisteret_orders_cleaning_cards() {
        Business plain = aBusiness();
        post(ordersOf(plain.sub()), token(plain.orderer()), orderJson(plain, "cleaning", TestIdentifiers.aPerson()))
                .expectStatus().isEqualTo(422).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "card-type-not-allowed")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("other-businesses"));
        Business cleaner = aBusiness("AS", true, true);
        placeOrder(cleaner, "cleaning", TestIdentifiers.aPerson());
        placeOrder(cleaner, "construction", TestIdentifiers.aPerson());
        assertThat(ordersOf(plain)).isZero();
    }

    @Test
    void the_orderer_lists_orders_newest_first_and_cancels_before_production_but_not_after() {
        Business business = aBusiness();
        PersonId employed = TestIdentifiers.aPerson();
        employ(employed, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(employed);
        String first = placeOrder(business, "construction", employed);
        String second = placeOrder(business, "construction", TestIdentifiers.aPerson(), TestIdentifiers.aPerson());

        String page = client().get().uri(ordersOf(business.main()) + "?size=10")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
        assertThat((List<String>) JsonPath.read(page, "$.orders[*].orderId"))
                .containsExactly(JsonPath.read(second, "$.orderId"), JsonPath.read(first, "$.orderId"));

        post(lineOf(business.sub(), second, 1) + "/cancel", token(business.orderer()), "").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CANCELLED");
        post(ordersOf(business.sub()) + "/" + JsonPath.read(second, "$.orderId") + "/cancel", token(business.orderer()), "")
                .expectStatus().isOk().expectBody()
                .jsonPath("$.lines[0].state").isEqualTo("CANCELLED")
                .jsonPath("$.lines[0].closedReason").isEqualTo("cancelled by the orderer");

        uploadDocuments(business, first, 0);
        awaitLineState(business, first, 0, "APPROVED");
        post(ordersOf(business.sub()) + "/" + JsonPath.read(first, "$.orderId") + "/cancel", token(business.orderer()), "")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "line-in-production");
        assertThat(lineState(business, first, 0)).isEqualTo("APPROVED");
    }

    @Test
    void a_sole_proprietor_orders_for_themselves_without_an_employment() {
        Business enk = aBusiness("ENK", true, false);
        PersonId owner = enk.orderer();
        TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(enk.main(),
                List.of(new RolesChanged.Role("INNH", owner, "Ola Eneste")), Instant.now()));
        Awaitility.await().atMost(WAIT).until(() -> !facts.business(enk.main()).roles().isEmpty());
        String order = placeOrder(enk, "construction", owner);
        uploadDocuments(enk, order, 0);
        awaitLineState(enk, order, 0, "APPROVED");
    }

    /** The confirmation lets a worker work before the card arrives: it must not vouch for what the registers deny. */
    @Test
    void there_is_no_order_confirmation_for_a_line_whose_register_duties_are_unmet() {
        Business business = aBusiness();
        PersonId unemployed = TestIdentifiers.aPerson();
        String order = placeOrder(business, "construction", unemployed);
        uploadDocuments(business, order, 0);
        assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_REGISTRATION");
        client().get().uri(lineOf(business.sub(), order, 0) + "/confirmation")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "registration-incomplete");

        employ(unemployed, business.sub(), LocalDate.now().minusMonths(2));
        awaitLineState(business, order, 0, "APPROVED");
        client().get().uri(lineOf(business.sub(), order, 0) + "/confirmation")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isOk().expectHeader().contentType("application/pdf");
    }

    @Test
    void the_order_confirmation_names_holder_employer_and_order_but_never_the_personal_number() throws IOException {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPersonBornOn(LocalDate.of(1979, 12, 2));
        employ(worker, business.sub(), LocalDate.now().minusYears(1));
        awaitEmployment(worker);
        String order = placeOrder(business, "construction", worker);
        byte[] pdf = client().get().uri(lineOf(business.sub(), order, 0) + "/confirmation")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .returnResult(byte[].class).getResponseBody();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Kari Nordmann", "02.12.1979", "Fjellbygg AS (org.nr. " + business.main() + ")",
                "Fjellbygg AS avd. Bergen (org.nr. " + business.sub() + ")", (String) JsonPath.read(order, "$.orderId"),
                "construction", "AWAITING_DOCUMENTS", "Kortet er bestilt", "The card is on order")
                .doesNotContain(worker.value());

        post(lineOf(business.sub(), order, 0) + "/cancel", token(business.orderer()), "").expectStatus().isOk();
        client().get().uri(lineOf(business.sub(), order, 0) + "/confirmation")
                .header("Authorization", "Bearer " + token(business.orderer())).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "line-cancelled");
    }

    @Test
    void a_malformed_order_or_line_id_in_the_path_is_a_precise_problem_and_an_unknown_one_is_not_found() {
        Business business = aBusiness();
        String token = token(business.orderer());
        String order = placeOrder(business, "construction", TestIdentifiers.aPerson());
        String orderPath = ordersOf(business.sub()) + "/" + JsonPath.read(order, "$.orderId");
        client().get().uri(ordersOf(business.sub()) + "/1-2-3-4-5").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("order id");
        post(orderPath + "/lines/not-a-line/cancel", token, "").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("line id");
        client().get().uri(ordersOf(business.sub()) + "/" + UUID.randomUUID()).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isNotFound();
        post(orderPath + "/lines/" + UUID.randomUUID() + "/cancel", token, "").expectStatus().isNotFound();
    }

    @Test
    void every_endpoint_is_in_the_openapi_document_with_the_login_it_needs() {
        client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/businesses/{orgnr}/orders'].post.security[0].idporten").exists()
                .jsonPath("$.paths['/api/businesses/{orgnr}/addresses'].post.security[0].idporten").exists()
                .jsonPath("$.paths['/api/businesses/{orgnr}/orders/{orderId}/lines/{lineId}/photo'].put").exists()
                .jsonPath("$.paths['/api/businesses/{orgnr}/orders/{orderId}/lines/{lineId}/upload-link'].post").exists()
                .jsonPath("$.paths['/api/businesses/{orgnr}/orders/{orderId}/lines/{lineId}/confirmation'].get").exists()
                .jsonPath("$.paths['/api/public/upload-links/{token}/id-copy'].put").exists()
                .jsonPath("$.paths['/api/partner/photos/{photoId}'].get.security[0].client[0]").isEqualTo("hmskort:printer");
    }

    private CardNumber issue(Business business, String order, PersonId worker) {
        return issue(business, order, worker, LocalDate.now().plusYears(2));
    }

    private CardNumber issue(Business business, String order, PersonId worker, LocalDate expiresOn) {
        CardNumber card = CardNumber.random(RANDOM);
        TestEvents.publish(Topics.CARDS, new CardIssued(card, ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8)),
                UUID.fromString(JsonPath.read(order, "$.orderId")), UUID.fromString(JsonPath.read(order, "$.lines[0].lineId")),
                business.sub(), business.main(), "Fjellbygg AS", "construction",
                new CardHolder(worker, "Kari Nordmann", worker.birthDate()), expiresOn.minusYears(2), expiresOn,
                Instant.now(), null, false));
        return card;
    }

    private String reorder(Business business, PersonId worker, CardNumber replaces) {
        return """
                {"cardType": "construction", "deliveryAddressId": "%s",
                 "lines": [{"personId": "%s", "name": "Kari Nordmann", "replacesCard": "%s"}]}
                """.formatted(business.addressId(), worker.value(), replaces.value());
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec withKey(Business business,
            String key, String json) {
        return client().post().uri(ordersOf(business.sub())).header("Authorization", "Bearer " + token(business.orderer()))
                .header("Idempotency-Key", key).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(json).exchange();
    }

    private long ordersOf(Business business) {
        return mongo.count(new Query(Criteria.where("orderingUnit").is(business.sub().value())), "orders");
    }

}
