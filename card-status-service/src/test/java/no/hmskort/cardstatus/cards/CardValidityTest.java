package no.hmskort.cardstatus.cards;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.hmskort.cardstatus.CardStatusServiceApplication;
import no.hmskort.cardstatus.cards.application.Reevaluation;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.platform.mongo.VersionedSaveIndexes;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * card-status-service through the real broker and the Mongo wire protocol: register facts in, cards
 * judged, the public check, the employer's overview and log, blocking, the gate lookup, the job.
 */
class CardValidityTest extends CardStatusIntegrationTest {

    @Autowired
    Reevaluation reevaluation;
    @Autowired
    MeterRegistry meters;

    private double changes(String status, String reason) {
        return meters.counter("hmskort.card.status.changes", "status", status, "reason", reason).count();
    }

    @Test
    void a_cleaning_card_follows_the_approval_and_the_public_check_leaks_nothing_personal() {
        CardIssued card = issue("cleaning", worker, "Kari Vaskerud");
        double withdrawn = changes("INVALID", "cleaning-approval");
        try (KafkaProbe status = KafkaProbe.watching(Topics.CARD_STATUS.name())) {
            String valid = awaitCheck(card.cardNumber(), "\"valid\":true");
            assertThat(valid).contains("Kari Vaskerud", "Vask og Bygg AS", main.value(), "cleaning")
                    .doesNotContain(worker.value(), worker.value().substring(0, 6), "photo", "personId");

            TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(main, false, Instant.now()));
            assertThat(awaitCheck(card.cardNumber(), "\"status\":\"INVALID\""))
                    .contains("\"notice\":\"the employer's registrations are incomplete\"");
            assertThat(gate(card)).contains("the business's approval as a cleaning business is withdrawn",
                    "Renholdsregisteret");
            status.await(r -> card.cardNumber().value().equals(r.key()) && KafkaProbe.text(r).contains("INVALID"), WAIT);
            Awaitility.await().atMost(WAIT).untilAsserted(() ->
                    assertThat(changes("INVALID", "cleaning-approval")).as("counted by its reason").isEqualTo(withdrawn + 1));

            double restored = changes("VALID", "duties-met");
            TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(main, true, Instant.now()));
            assertThat(awaitCheck(card.cardNumber(), "\"valid\":true")).contains("\"notice\":null");
            Awaitility.await().atMost(WAIT).untilAsserted(() ->
                    assertThat(changes("VALID", "duties-met")).isGreaterThanOrEqualTo(restored + 1));
        }
        String log = employer().get().uri("/api/businesses/{orgnr}/cards/{n}/log", main.value(), card.cardNumber().value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().returnResult(String.class).getResponseBody();
        assertThat(log).contains("ORDERED", "PRINTED", "VALIDITY_CHANGED", "approval as a cleaning business is withdrawn",
                "every register duty is met");
    }

    /**
     * Which permit, D-number or employment end date is at issue says something about the holder as a person:
     * the anonymous check names only the category, while an authenticated gate (and the employer) get each duty.
     */
    @Test
    void the_anonymous_check_says_only_a_category_and_gates_see_every_unmet_duty() {
        PersonId foreigner = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.EMPLOYMENTS, new EmploymentEvent.EmploymentChanged(UUID.randomUUID().toString(), sub,
                foreigner, LocalDate.now().minusYears(1), null, Instant.now()));
        TestEvents.publish(Topics.PERSONS, new PersonRegisterEvent.ResidencePermitChanged(foreigner, false,
                LocalDate.now().plusYears(1), Instant.now()));
        CardIssued card = issue("cleaning", foreigner, "Ana Utlending");

        String anonymous = awaitCheck(card.cardNumber(), "\"status\":\"INVALID\"");

        assertThat(anonymous).contains("\"valid\":false", "\"notice\":\"the employer's registrations are incomplete\"",
                "Ana Utlending").doesNotContainIgnoringCase("permit").doesNotContain("UDI", "reasons", "unmetDuties");
        assertThat(gate(card)).contains("the holder's residence permit gives no access to work", "unmetDuties");
        assertThat(cardsOf(main, "?status=INVALID")).contains("the holder's residence permit gives no access to work");
        block(card, "LOST").expectStatus().isOk();
        assertThat(check(card.cardNumber())).contains("\"notice\":\"blocked\"").doesNotContainIgnoringCase("permit");
    }

    /**
     * A business whose industry code says it hires out labour (78.200) must be in Bemanningsforetaksregisteret:
     * never registered fails the duty as withdrawn does, and registering makes the card valid by itself.
     */
    @Test
    void a_business_that_hires_out_labour_needs_the_staffing_register_and_never_registered_fails_like_withdrawn() {
        CardIssued card = issue("construction", worker, "Vera Vikar");
        awaitCheck(card.cardNumber(), "\"valid\":true");

        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(main, "Vask og Bygg AS", "AS", null, false, false,
                false, Instant.now(), "78.200", null));
        assertThat(awaitCheck(card.cardNumber(), "\"status\":\"INVALID\""))
                .contains("\"notice\":\"the employer's registrations are incomplete\"").doesNotContain("78.200");
        assertThat(gate(card)).contains("Bemanningsforetaksregisteret",
                "hires out labour (industry code 78.200) but is not registered as a staffing agency");

        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.StaffingRegistrationChanged(main, true, Instant.now()));
        awaitCheck(card.cardNumber(), "\"valid\":true");

        TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.StaffingRegistrationChanged(main, false, Instant.now()));
        awaitCheck(card.cardNumber(), "\"status\":\"INVALID\"");
        assertThat(gate(card)).contains("the business's registration as a staffing agency is withdrawn");
    }

    /** The day after its two years a card reads expired at once, before any nightly job, and says no more. */
    @Test
    void the_day_after_its_two_years_the_anonymous_check_says_expired_and_nothing_more() {
        CardIssued card = issue("construction", worker, "Eldre Kort");
        awaitCheck(card.cardNumber(), "\"valid\":true");
        try {
            clock.moveTo(card.expiresOn().plusDays(1), java.time.ZoneId.of("Europe/Oslo"));
            assertThat(check(card.cardNumber())).contains("\"valid\":false", "\"status\":\"EXPIRED\"",
                    "\"notice\":\"expired\"").doesNotContain(worker.value(), "unmetDuties", "reasons");
            assertThat(gate(card)).contains("\"status\":\"EXPIRED\"");
        } finally {
            clock.reset();
        }
        assertThat(check(card.cardNumber())).as("expired for good").contains("\"status\":\"EXPIRED\"");
    }

    @Test
    void gates_look_up_by_card_number_too_and_a_persons_token_never_passes_the_gate_scope_check() {
        CardIssued card = issue("construction", worker, "Port Nummer");
        awaitCheck(card.cardNumber(), "\"valid\":true");
        String gate = TestInfrastructure.get().maskinporten().clientToken("site-register", "hmskort:gate");
        client().get().uri("/api/gate/cards/{n}", card.cardNumber().value()).header("Authorization", "Bearer " + gate)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.chipUid").isEqualTo(card.chipUid().value());
        String personWithGateScope = TestInfrastructure.get().idPorten().token(MockIdPorten.ISSUER_ID,
                MockIdPorten.AUDIENCE, java.util.Map.of("pid", orderer.value(), "acr", MockIdPorten.HIGH,
                        "scope", "hmskort:gate"), Duration.ofMinutes(5));
        for (String path : List.of("/api/gate/cards/" + card.cardNumber().value(), "/api/gate/chips/" + card.chipUid().value())) {
            client().get().uri(path).header("Authorization", "Bearer " + personWithGateScope).exchange()
                    .expectStatus().isForbidden();
        }
    }

    @Test
    void the_status_log_has_each_step_at_the_instant_production_recorded_it_in_the_order_it_happened() {
        CardIssued card = new CardIssued(CardNumber.random(RANDOM), ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8)),
                UUID.randomUUID(), UUID.randomUUID(), sub, main, "Vask og Bygg AS", "construction",
                new CardHolder(worker, "Tid Stempel", worker.birthDate()), LocalDate.now(), LocalDate.now().plusYears(2),
                Instant.now().minusSeconds(3600), null, false);
        Instant printedAt = TestEvents.decode(Topics.CARDS, TestEvents.publish(Topics.CARDS, card)).time();
        awaitCheck(card.cardNumber(), "\"valid\":true");
        UUID shipment = UUID.randomUUID();
        Instant shippedAt = TestEvents.decode(Topics.CARDS, TestEvents.publish(Topics.CARDS,
                new CardShipped(card.cardNumber(), shipment, LocalDate.now()))).time();
        Instant deliveredAt = TestEvents.decode(Topics.CARDS, TestEvents.publish(Topics.CARDS,
                new CardDelivered(card.cardNumber(), shipment, LocalDate.now()))).time();
        Awaitility.await().atMost(WAIT).until(() -> log(card).contains("\"DELIVERED\""));

        List<java.util.Map<String, Object>> lines = com.jayway.jsonpath.JsonPath.read(log(card), "$[*]");
        java.util.Map<String, Instant> at = new java.util.HashMap<>();
        lines.forEach(line -> at.putIfAbsent((String) line.get("event"), Instant.parse((String) line.get("at"))));
        // the store keeps milliseconds
        assertThat(at.get("ORDERED")).isEqualTo(card.orderedAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(at.get("PRINTED")).isEqualTo(printedAt.truncatedTo(ChronoUnit.MILLIS));
        assertThat(at.get("SHIPPED")).isEqualTo(shippedAt.truncatedTo(ChronoUnit.MILLIS));
        assertThat(at.get("DELIVERED")).isEqualTo(deliveredAt.truncatedTo(ChronoUnit.MILLIS));
        List<Instant> inOrder = lines.stream().map(line -> Instant.parse((String) line.get("at"))).toList();
        assertThat(inOrder).isSorted();
    }

    /** A second line of defence behind production's own check: a card is stored before anything refers to it. */
    @Test
    void a_card_whose_chip_is_already_on_another_card_is_dead_lettered_and_never_indexed_or_answered() {
        String deadLetters = no.hmskort.platform.messaging.PlatformEnvironment.deadLetterTopic(Topics.CARDS,
                "card-status-service");
        CardIssued first = issue("construction", worker, "Forste Kort");
        awaitCheck(first.cardNumber(), "\"valid\":true");
        try (KafkaProbe dead = KafkaProbe.watching(deadLetters)) {
            CardIssued clash = new CardIssued(CardNumber.random(RANDOM), first.chipUid(), UUID.randomUUID(),
                    UUID.randomUUID(), sub, main, "Vask og Bygg AS", "construction",
                    new CardHolder(worker, "Andre Kort", worker.birthDate()), LocalDate.now(),
                    LocalDate.now().plusYears(2), Instant.now(), null, false);
            TestEvents.publish(Topics.CARDS, clash);

            var record = dead.await(r -> KafkaProbe.text(r).contains(clash.cardNumber().value()), WAIT);
            assertThat(KafkaProbe.header(record, "x-exception-message")).contains("already on another card");
            client().get().uri("/api/public/cards/{n}", clash.cardNumber().value()).exchange().expectStatus().isNotFound();
            assertThat(cardsOf(main, "")).contains(first.cardNumber().value()).doesNotContain(clash.cardNumber().value());
            for (String key : List.of("unit:" + main.value(), "unit:" + sub.value())) {
                org.bson.Document index = mongo.findById(key, org.bson.Document.class, "card_index");
                assertThat(index.getList("cards", String.class)).contains(first.cardNumber().value())
                        .doesNotContain(clash.cardNumber().value());
            }
        }
    }

    /**
     * A register change about a business is split into pages of cards to judge (two a page here), shared by the
     * replicas through card-status's own topic: no single message holds the whole business's work.
     */
    @Test
    void a_business_wide_change_is_judged_in_pages_of_cards_through_the_judgements_topic() {
        List<CardIssued> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            issued.add(issue("cleaning", worker, "Side Nummer " + i));
        }
        issued.forEach(card -> awaitCheck(card.cardNumber(), "\"valid\":true"));
        try (KafkaProbe pages = KafkaProbe.watching(Topics.CARD_JUDGEMENTS.name())) {
            TestEvents.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(main, false, Instant.now()));

            issued.forEach(card -> awaitCheck(card.cardNumber(), "\"status\":\"INVALID\""));
            List<no.hmskort.contracts.events.cardstatus.CardJudgementEvent.CardsToJudge> seen = pages.poll().stream()
                    .map(r -> (no.hmskort.contracts.events.cardstatus.CardJudgementEvent.CardsToJudge)
                            TestEvents.decode(Topics.CARD_JUDGEMENTS, r.value()).data())
                    .filter(page -> page.business().equals(main)).toList();
            assertThat(seen).allSatisfy(page -> assertThat(page.cards()).hasSizeLessThanOrEqualTo(2));
            assertThat(seen.stream().flatMap(page -> page.cards().stream()).distinct())
                    .containsAll(issued.stream().map(CardIssued::cardNumber).toList());
        }
    }

    @Test
    void the_employer_sees_every_card_of_its_sub_units_filtered_and_searched_with_the_unmet_duties() {
        PersonId unemployed = TestIdentifiers.aPerson();
        CardIssued valid = issue("construction", worker, "Ola Valid");
        CardIssued invalid = issue("construction", unemployed, "Per Uten Arbeidsforhold");
        awaitCheck(valid.cardNumber(), "\"valid\":true");
        awaitCheck(invalid.cardNumber(), "\"status\":\"INVALID\"");

        String onlyInvalid = cardsOf(main, "?status=INVALID");
        assertThat(onlyInvalid).contains(invalid.cardNumber().value(), "employment-registered", "Aa-registeret", "§")
                .doesNotContain(valid.cardNumber().value(), unemployed.value());
        assertThat(cardsOf(main, "?q=ola")).contains(valid.cardNumber().value()).doesNotContain(invalid.cardNumber().value());
        assertThat(cardsOf(main, "?q=" + invalid.cardNumber().value())).contains("Per Uten Arbeidsforhold");
        assertThat(cardsOf(sub, "")).contains(valid.cardNumber().value(), invalid.cardNumber().value());

        employer().get().uri("/api/businesses/{orgnr}/cards", main.value())
                .header("Authorization", "Bearer " + token(TestIdentifiers.aPerson())).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.type")
                .isEqualTo("https://hmskort.no/problems/no-rights-for-business");
    }

    @Test
    void a_blocked_card_stays_blocked_whatever_the_registers_say() {
        CardIssued card = issue("construction", worker, "Mista Kortet");
        awaitCheck(card.cardNumber(), "\"valid\":true");
        double lost = changes("BLOCKED", "blocked-lost");
        block(card, "LOST").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("BLOCKED");
        assertThat(check(card.cardNumber())).contains("\"status\":\"BLOCKED\"", "\"valid\":false");
        block(card, "STOLEN").expectStatus().isEqualTo(409);
        block(card, "LOST").expectStatus().isEqualTo(409);
        assertThat(changes("BLOCKED", "blocked-lost")).as("a refused block changes and counts nothing").isEqualTo(lost + 1);

        TestEvents.publish(Topics.EMPLOYMENTS, new EmploymentEvent.EmploymentChanged(UUID.randomUUID().toString(), sub,
                worker, LocalDate.now().minusYears(1), null, Instant.now()));
        reevaluation.runNow();
        assertThat(check(card.cardNumber())).contains("\"status\":\"BLOCKED\"");
    }

    @Test
    void gates_look_up_by_chip_with_their_client_scope_only() {
        CardIssued card = issue("construction", worker, "Port Passering");
        awaitCheck(card.cardNumber(), "\"valid\":true");
        String gate = TestInfrastructure.get().maskinporten().clientToken("gate-1", "hmskort:gate");
        String other = TestInfrastructure.get().maskinporten().clientToken("partner", "hmskort:printer");
        client().get().uri("/api/gate/chips/{uid}", card.chipUid().value()).header("Authorization", "Bearer " + gate)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.cardNumber").isEqualTo(card.cardNumber().value());
        client().get().uri("/api/gate/chips/{uid}", card.chipUid().value()).header("Authorization", "Bearer " + other)
                .exchange().expectStatus().isForbidden();
        client().get().uri("/api/gate/chips/{uid}", card.chipUid().value()).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void malformed_and_unknown_card_numbers_get_clear_answers() {
        client().get().uri("/api/public/cards/12345").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/invalid-card-number");
        CardNumber unknown = CardNumber.random(RANDOM);
        client().get().uri("/api/public/cards/{n}", unknown.value()).exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/card-not-found");
    }

    @Test
    void redelivering_an_issued_card_announces_nothing_new_and_re_evaluation_is_idempotent() {
        try (KafkaProbe status = KafkaProbe.watching(Topics.CARD_STATUS.name())) {
            CardIssued card = issue("construction", worker, "To Ganger");
            status.await(r -> card.cardNumber().value().equals(r.key()), WAIT);
            TestEvents.publish(Topics.CARDS, card);
            Reevaluation.Progress first = reevaluation.runNow();
            Reevaluation.Progress second = reevaluation.runNow();
            assertThat(first.processed()).isPositive();
            assertThat(second.changed()).isZero();
            assertThat(second.finished()).isTrue();
            assertThat(status.poll().stream().filter(r -> card.cardNumber().value().equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void shipping_and_delivery_are_logged_once_and_a_delivered_replacement_blocks_the_old_card_as_replaced() {
        CardIssued old = issue("construction", worker, "Chip Defekt");
        awaitCheck(old.cardNumber(), "\"valid\":true");
        UUID shipment = UUID.randomUUID();
        CardShipped shipped = new CardShipped(old.cardNumber(), shipment, LocalDate.now());
        TestEvents.publish(Topics.CARDS, shipped);
        TestEvents.publish(Topics.CARDS, shipped);
        TestEvents.publish(Topics.CARDS, new CardDelivered(old.cardNumber(), shipment, LocalDate.now()));
        Awaitility.await().atMost(WAIT).until(() -> log(old).contains("\"DELIVERED\""));
        assertThat(log(old).split("\"SHIPPED\"", -1)).hasSize(2);

        try (KafkaProbe status = KafkaProbe.watching(Topics.CARD_STATUS.name())) {
            CardIssued replacement = issue("construction", worker, "Chip Defekt", old.cardNumber());
            awaitCheck(replacement.cardNumber(), "\"valid\":true");
            assertThat(log(replacement)).contains("replacing card " + old.cardNumber(), "free of charge");
            assertThat(check(old.cardNumber())).contains("\"status\":\"VALID\"");

            TestEvents.publish(Topics.CARDS, new CardReplaced(old.cardNumber(), replacement.cardNumber(),
                    "chip defect recall", Instant.now()));
            awaitCheck(old.cardNumber(), "\"status\":\"BLOCKED\"");
            assertThat(log(old)).contains("replaced by card " + replacement.cardNumber() + ": chip defect recall");
            status.await(r -> old.cardNumber().value().equals(r.key()) && new String(r.value()).contains("BLOCKED"),
                    WAIT);
            assertThat(check(replacement.cardNumber())).contains("\"status\":\"VALID\"");
        }
    }

    @Test
    void on_the_embedded_store_versioned_collections_get_the_index_that_keeps_optimistic_saves_off_a_full_scan() {
        boolean embedded = VersionedSaveIndexes.isEmbeddedStore(mongo);
        for (String collection : List.of("cards", "business_facts", "person_facts")) {
            assertThat(mongo.indexOps(collection).getIndexInfo()).as(collection)
                    .extracting(org.springframework.data.mongodb.core.index.IndexInfo::getName)
                    .matches(names -> names.contains("_id_version") == embedded);
        }
    }

}
