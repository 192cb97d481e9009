package no.hmskort.production;

import static no.hmskort.production.printing.model.TestCards.OFFICE;
import static no.hmskort.production.printing.model.TestCards.SITE;
import static no.hmskort.production.printing.model.TestCards.aChip;
import static no.hmskort.production.printing.model.TestCards.aLine;
import static no.hmskort.production.printing.model.TestCards.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.Topic;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.events.shipping.ShipmentDelivered;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.application.RecordingPrinterReport;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.model.TestCards;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.recall.application.BlockingReplacedCards;
import no.hmskort.production.recall.model.Recall;
import no.hmskort.production.recall.model.RecallCriteria;
import no.hmskort.production.recall.model.ReplacementLine;
import no.hmskort.production.recall.application.Recalls;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.Replicas;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * production-service through the real broker and the Mongo wire protocol, with real signed tokens: the
 * print job's content, print failures retried and queued, one chip on one card only, shipments and
 * postage, delivery and the old card an employer's renewal or reorder replaces, and a recall of a
 * thousand cards. The scheduled dispatch and blocking jobs are pushed out of the way (an hour); the
 * tests run them through the operator endpoint and the job itself, with no grace before blocking.
 */
@SpringBootTest(classes = ProductionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + ProductionServiceApplication.CONFIG_NAME,
            "hmskort.production.dispatch-interval=PT1H", "hmskort.production.replaced-card-check-interval=PT1H",
            "hmskort.production.replaced-card-grace=PT0S"})
class ProductionFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ProductionCards cards;
    @Autowired
    MeterRegistry meters;
    @Autowired
    BlockingReplacedCards blocking;
    @Autowired
    Recalls recalls;
    @Autowired
    no.hmskort.production.shipping.application.DispatchingShipments dispatching;
    @Autowired
    no.hmskort.production.recall.application.RunningRecall running;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;
    @Autowired
    RecordingPrinterReport printing;

    @Test
    void a_print_job_carries_what_the_card_shows_and_a_photo_reference_but_no_personal_number() {
        CardNumber lost = CardNumber.random(TestCards.RANDOM);
        // The name as order-service takes it from the register: printed as it is, not tidied or re-cased.
        OrderLineApproved line = replacing(aLine(TestIdentifiers.anOrganisationNumber(), OFFICE,
                "ØDEGÅRD-LIE, Åse Marie"), lost);
        try (KafkaProbe probe = KafkaProbe.watching(Topics.PRINT_JOBS.name(), Topics.CARDS.name())) {
            byte[] approved = TestEvents.publish(Topics.ORDERS, line);
            ProductionCard card = awaitCard(line.lineId(), c -> true);
            PrintJobIssued job = awaitOne(probe, Topics.PRINT_JOBS, card.cardNumber(), PrintJobIssued.class);

            assertThat(job.cardNumber()).isEqualTo(card.cardNumber());
            assertThat(job.holderName()).isEqualTo("ØDEGÅRD-LIE, Åse Marie");
            assertThat(job.holderBirthDate()).isEqualTo(line.holder().birthDate());
            assertThat(job.employerName()).isEqualTo("Byggmester Hansen AS");
            assertThat(job.employerOrgnr()).isEqualTo(line.employer());
            assertThat(job.issueDate()).isEqualTo(Norway.today(Clock.systemUTC()));
            assertThat(job.expiryDate()).isEqualTo(Norway.today(Clock.systemUTC()).plusYears(2));
            assertThat(job.issuer()).isEqualTo("HMS-kort");
            assertThat(job.cardType()).isEqualTo("construction");
            assertThat(job.photoRef()).isEqualTo(line.photoRef()).startsWith("https://");
            assertThat(job.deliveryAddress()).isEqualTo(OFFICE);
            String raw = KafkaProbe.text(records(probe, Topics.PRINT_JOBS, card.cardNumber()).getFirst());
            assertThat(raw).doesNotContain(line.holder().person().value(), "personId", "\"person\"");

            // A redelivered order line makes no second card; the next line of the same unit (same partition) shows it was seen.
            KafkaProbe.send(Topics.ORDERS.name(), line.orderingUnit().value(), approved);
            OrderLineApproved next = aLine(line.orderingUnit(), OFFICE);
            TestEvents.publish(Topics.ORDERS, next);
            awaitOne(probe, Topics.PRINT_JOBS, awaitCard(next.lineId(), c -> true).cardNumber(), PrintJobIssued.class);
            assertThat(records(probe, Topics.PRINT_JOBS, card.cardNumber())).hasSize(1);

            // The partner prints it three days after the job went out: the card carries the job's dates, as printed.
            print(card.cardNumber(), "LOT-A", Instant.now().plus(Duration.ofDays(3)));
            CardIssued issued = awaitOne(probe, Topics.CARDS, card.cardNumber(), CardIssued.class);
            assertThat(issued.issuedOn()).isEqualTo(job.issueDate());
            assertThat(issued.expiresOn()).isEqualTo(job.expiryDate());
            assertThat(issued.replacesCard()).isEqualTo(lost);
            assertThat(issued.freeOfCharge()).isFalse();
            assertThat(issued.orderLineId()).isEqualTo(line.lineId());
            assertThat(issued.expiresOn()).isEqualTo(issued.issuedOn().plusYears(2));
        }
    }

    @Test
    void a_failed_print_is_retried_then_queued_for_the_operator_who_sends_it_again() {
        OrderLineApproved line = aLine();
        try (KafkaProbe probe = KafkaProbe.watching(Topics.PRINT_JOBS.name(), Topics.CARDS.name())) {
            TestEvents.publish(Topics.ORDERS, line);
            CardNumber number = awaitCard(line.lineId(), c -> true).cardNumber();
            awaitCount(probe, Topics.PRINT_JOBS, number, 1);

            byte[] firstFailure = TestEvents.publish(Topics.PRINTER_REPORTS, new PrintFailed(number, "jam", Instant.now()));
            awaitCount(probe, Topics.PRINT_JOBS, number, 2);
            KafkaProbe.send(Topics.PRINTER_REPORTS.name(), number.value(), firstFailure);
            TestEvents.publish(Topics.PRINTER_REPORTS, new PrintFailed(number, "jam again", Instant.now()));
            ProductionCard third = awaitCard(line.lineId(), c -> c.printAttempts() == 3);
            assertThat(third.state()).as("a redelivered failure used no retry").isEqualTo(ProductionState.PRINT_REQUESTED);
            awaitCount(probe, Topics.PRINT_JOBS, number, 3);

            TestEvents.publish(Topics.PRINTER_REPORTS, new PrintFailed(number, "out of ribbon", Instant.now()));
            awaitCard(line.lineId(), c -> c.state() == ProductionState.PRINT_FAILED);
            JsonNode queued = find(get("/api/operator/print-failures", operator()), number);
            assertThat(queued.get("printAttempts").asInt()).isEqualTo(3);
            assertThat(queued.get("lastFailure").asString()).isEqualTo("out of ribbon");
            assertThat(queued.get("state").asString()).isEqualTo("PRINT_FAILED");
            assertThat(records(probe, Topics.PRINT_JOBS, number)).hasSize(3);

            client().post().uri("/api/operator/print-failures/{n}/retry", number.value())
                    .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("PRINT_REQUESTED");
            awaitCount(probe, Topics.PRINT_JOBS, number, 4);
            assertThat(find(get("/api/operator/print-failures", operator()), number)).isNull();
            client().post().uri("/api/operator/print-failures/{n}/retry", number.value())
                    .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/print-not-failed");

            print(number, "LOT-B");
            assertThat(awaitOne(probe, Topics.CARDS, number, CardIssued.class).cardNumber()).isEqualTo(number);
            JsonNode steps = get("/api/operator/cards/" + number.value(), operator());
            assertThat(steps.get("state").asString()).isEqualTo("PRINTED");
            assertThat(steps.get("printAttempts").asInt()).isEqualTo(4);
            assertThat(steps.get("lastFailure").asString()).isEqualTo("out of ribbon");
            assertThat(steps.get("chipBatch").asString()).isEqualTo("LOT-B");
            assertThat(steps.toString()).doesNotContain(line.holder().person().value());
        }
    }

    @Test
    void a_print_with_a_chip_already_on_another_card_waits_for_the_operator_and_issues_no_card() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        OrderLineApproved first = aLine(unit, OFFICE, "Kari Holm");
        OrderLineApproved second = aLine(unit, OFFICE);
        ChipUid chip = aChip();
        double issuedBefore = meters.counter("hmskort.cards.issued").count();
        try (KafkaProbe probe = KafkaProbe.watching(Topics.PRINT_JOBS.name(), Topics.CARDS.name())) {
            TestEvents.publish(Topics.ORDERS, first);
            TestEvents.publish(Topics.ORDERS, second);
            CardNumber firstCard = awaitCard(first.lineId(), c -> true).cardNumber();
            CardNumber secondCard = awaitCard(second.lineId(), c -> true).cardNumber();
            awaitCount(probe, Topics.PRINT_JOBS, secondCard, 1);

            byte[] firstReport = TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(firstCard, chip, "LOT-D",
                    Instant.now()));
            awaitOne(probe, Topics.CARDS, firstCard, CardIssued.class);
            TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(secondCard, chip, "LOT-D", Instant.now()));

            awaitCard(second.lineId(), c -> c.state() == ProductionState.PRINT_FAILED);
            JsonNode queued = find(get("/api/operator/print-failures", operator()), secondCard);
            assertThat(queued.get("state").asString()).isEqualTo("PRINT_FAILED");
            assertThat(queued.get("chipUid").isNull()).isTrue();
            assertThat(queued.get("lastFailure").asString()).contains("already on another card", chip.value())
                    .doesNotContain("Kari", "Holm", first.holder().person().value());
            assertThat(find(get("/api/operator/print-failures", operator()), firstCard)).isNull();

            // The first card's report again, redelivered and resent by the partner: still its chip, nothing new.
            KafkaProbe.send(Topics.PRINTER_REPORTS.name(), firstCard.value(), firstReport);
            TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(firstCard, chip, "LOT-D", Instant.now()));

            // The operator sends the second card again; printed with a chip of its own, it is issued.
            client().post().uri("/api/operator/print-failures/{n}/retry", secondCard.value())
                    .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.state").isEqualTo("PRINT_REQUESTED");
            awaitCount(probe, Topics.PRINT_JOBS, secondCard, 2);
            ChipUid own = aChip();
            TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(secondCard, own, "LOT-E", Instant.now()));
            assertThat(awaitOne(probe, Topics.CARDS, secondCard, CardIssued.class).chipUid()).isEqualTo(own);

            Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> issuedWith(probe, chip).size() == 1);
            assertThat(issuedWith(probe, chip)).singleElement().extracting(CardIssued::cardNumber).isEqualTo(firstCard);
            ProductionCard firstNow = cards.findByLine(first.lineId()).orElseThrow();
            assertThat(firstNow.state()).isEqualTo(ProductionState.PRINTED);
            assertThat(firstNow.chipUid()).isEqualTo(chip);
            assertThat(find(get("/api/operator/print-failures", operator()), firstCard)).isNull();
            assertThat(meters.counter("hmskort.cards.issued").count())
                    .as("two cards issued; the refused chip and the redelivered reports issue none").isEqualTo(issuedBefore + 2);
        }
    }

    /**
     * A print job delivered twice that the partner did not recognise makes a second physical card on another
     * chip: the card keeps its first chip and is issued once, and the second chip is flagged for the operator.
     */
    @Test
    void a_second_print_of_a_printed_card_on_another_chip_is_flagged_for_the_operator_and_changes_nothing_else() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        OrderLineApproved line = aLine(unit, OFFICE);
        ChipUid chip = aChip();
        ChipUid second = aChip();
        try (KafkaProbe probe = KafkaProbe.watching(Topics.PRINT_JOBS.name(), Topics.CARDS.name())) {
            TestEvents.publish(Topics.ORDERS, line);
            CardNumber card = awaitCard(line.lineId(), c -> true).cardNumber();
            awaitCount(probe, Topics.PRINT_JOBS, card, 1);
            TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(card, chip, "LOT-S", Instant.now()));
            awaitOne(probe, Topics.CARDS, card, CardIssued.class);

            byte[] again = TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(card, second, "LOT-S", Instant.now()));
            KafkaProbe.send(Topics.PRINTER_REPORTS.name(), card.value(), again);

            JsonNode stray = Awaitility.await().atMost(WAIT).until(() -> find(get("/api/operator/stray-prints",
                    operator()), card), node -> node != null);
            assertThat(stray.get("chipUid").asString()).isEqualTo(chip.value());
            assertThat(stray.get("strayChips")).hasSize(1);
            assertThat(stray.get("strayChips").get(0).get("chipUid").asString()).isEqualTo(second.value());
            ProductionCard now = cards.findByLine(line.lineId()).orElseThrow();
            assertThat(now.chipUid()).isEqualTo(chip);
            assertThat(now.state()).isEqualTo(ProductionState.PRINTED);
            assertThat(probe.poll().stream().filter(r -> r.topic().equals(Topics.CARDS.name()) && card.value().equals(r.key())
                    && KafkaProbe.text(r).contains("CardIssued"))).hasSize(1);
        }
    }

    @Test
    void two_reports_racing_to_put_one_chip_on_two_cards_leave_it_on_exactly_one() throws Exception {
        // Two replicas applying the partner's reports at the same moment: the store decides, not the timing.
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        LocalDate today = Norway.today(Clock.systemUTC());
        int pairs = 20;
        var racers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (KafkaProbe probe = KafkaProbe.watching(Topics.CARDS.name())) {
            List<ChipUid> chips = new ArrayList<>();
            List<List<ProductionCard>> raced = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                List<ProductionCard> pair = List.of(awaitingPrint(aLine(unit, OFFICE), today),
                        awaitingPrint(aLine(unit, OFFICE), today));
                ChipUid chip = aChip();
                var start = new java.util.concurrent.CyclicBarrier(2);
                List<java.util.concurrent.Future<?>> reports = pair.stream().map(card -> racers.submit(() -> {
                    CardPrinted report = new CardPrinted(card.cardNumber(), chip, "LOT-R", Instant.now());
                    start.await();
                    printing.printed(new RecordingPrinterReport.Printed(UUID.randomUUID(), report.cardNumber(),
                            report.chipUid(), report.chipBatch(), report.printedAt()));
                    return null;
                })).collect(Collectors.toList());
                for (var report : reports) {
                    report.get();
                }
                chips.add(chip);
                raced.add(pair);
            }

            for (int i = 0; i < pairs; i++) {
                ChipUid chip = chips.get(i);
                List<ProductionCard> now = raced.get(i).stream()
                        .map(c -> cards.findByLine(c.line().lineId()).orElseThrow()).toList();
                assertThat(now).extracting(ProductionCard::state)
                        .containsExactlyInAnyOrder(ProductionState.PRINTED, ProductionState.PRINT_FAILED);
                ProductionCard winner = now.stream().filter(c -> c.state() == ProductionState.PRINTED).findFirst()
                        .orElseThrow();
                assertThat(winner.chipUid()).isEqualTo(chip);
                assertThat(cards.holderOfChip(chip)).contains(winner.cardNumber());
                assertThat(now).filteredOn(c -> c.state() == ProductionState.PRINT_FAILED).singleElement()
                        .satisfies(loser -> assertThat(loser.lastFailure()).contains(winner.cardNumber().value()));
            }
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT)
                    .until(() -> chips.stream().allMatch(chip -> issuedWith(probe, chip).size() == 1));
        } finally {
            racers.shutdown();
        }
    }

    @Test
    void printed_cards_ship_per_address_with_postage_from_the_table_free_replacements_apart_and_are_delivered() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber other = TestIdentifiers.anOrganisationNumber();
        List<OrderLineApproved> office = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            office.add(aLine(unit, OFFICE));
        }
        OrderLineApproved site = aLine(unit, SITE);
        OrderLineApproved elsewhere = aLine(other, OFFICE);
        List<OrderLineApproved> all = new ArrayList<>(office);
        all.add(site);
        all.add(elsewhere);
        all.forEach(line -> TestEvents.publish(Topics.ORDERS, line));
        List<ProductionCard> made = all.stream().map(line -> awaitCard(line.lineId(), c -> true)).toList();
        made.forEach(card -> print(card.cardNumber(), "LOT-S"));
        all.forEach(line -> awaitCard(line.lineId(), c -> c.state() == ProductionState.PRINTED));

        // One office card's chip is defective: its free replacement is printed too, and must travel on its own.
        ProductionCard defective = made.getFirst();
        String recall = startRecall("{\"cardNumbers\":[\"" + defective.cardNumber().value()
                + "\"],\"reason\":\"gate cannot read the chip\"}");
        assertThat(awaitRecallDone(recall).get("replaced").asLong()).isEqualTo(1);
        ProductionCard replacement = awaitCard(ReplacementLine.idFor(defective), c -> true);
        print(replacement.cardNumber(), "LOT-T");
        awaitCard(replacement.line().lineId(), c -> c.state() == ProductionState.PRINTED);

        try (KafkaProbe probe = KafkaProbe.watching(Topics.SHIPMENTS.name(), Topics.CARDS.name())) {
            client().post().uri("/api/operator/shipments/dispatch").header("Authorization", "Bearer " + operator())
                    .exchange().expectStatus().isOk();
            Awaitility.await().atMost(WAIT).until(() -> sent(probe, unit).size() == 3 && sent(probe, other).size() == 1);
            Map<String, ShipmentSent> byKind = sent(probe, unit).stream().collect(Collectors.toMap(
                    s -> s.deliveryAddress().city() + (s.postageCharged() ? "" : "-free"), s -> s));
            assertThat(byKind.keySet()).containsExactlyInAnyOrder("Oslo", "Hamar", "Oslo-free");
            assertThat(byKind.get("Oslo").cards()).hasSize(6).allMatch(c -> !c.freeOfCharge());
            assertThat(byKind.get("Oslo").postageOre()).as("6 cards: the second tier").isEqualTo(9900);
            assertThat(byKind.get("Hamar").cards()).hasSize(1);
            assertThat(byKind.get("Hamar").postageOre()).isEqualTo(4900);
            assertThat(byKind.get("Oslo-free").cards()).singleElement().satisfies(c -> {
                assertThat(c.cardNumber()).isEqualTo(replacement.cardNumber());
                assertThat(c.freeOfCharge()).isTrue();
            });
            ShipmentSent otherShipment = sent(probe, other).getFirst();
            assertThat(otherShipment.cards()).extracting(ShipmentSent.ShippedCard::cardNumber)
                    .containsExactly(made.getLast().cardNumber());
            assertThat(otherShipment.postageCharged()).isTrue();
            ShipmentSent paidOffice = byKind.get("Oslo");
            assertThat(paidOffice.cards()).extracting(ShipmentSent.ShippedCard::orderedAt)
                    .containsOnly(office.getFirst().orderedAt());

            List<CardNumber> shipped = new ArrayList<>(made.stream().map(ProductionCard::cardNumber).toList());
            shipped.add(replacement.cardNumber());
            shipped.forEach(n -> assertThat(awaitOne(probe, Topics.CARDS, n, CardShipped.class).shipmentId()).isNotNull());

            // The carrier confirms every shipment, one of them twice.
            List<ShipmentSent> shipments = new ArrayList<>(sent(probe, unit));
            shipments.add(otherShipment);
            byte[] twice = null;
            for (ShipmentSent s : shipments) {
                twice = TestEvents.publish(Topics.PRINTER_REPORTS, new ShipmentDeliveryConfirmed(s.shipmentId(),
                        s.orderingUnit(), Instant.now()));
            }
            KafkaProbe.send(Topics.PRINTER_REPORTS.name(), other.value(), twice);
            shipped.forEach(n -> awaitOne(probe, Topics.CARDS, n, CardDelivered.class));
            Awaitility.await().atMost(WAIT).until(() -> delivered(probe, unit).size() == 3
                    && delivered(probe, other).size() == 1);
            awaitCard(replacement.line().lineId(), c -> c.state() == ProductionState.DELIVERED);

            // With no grace configured here, the old card is announced as replaced by the next run of the job, once.
            blocking.runNow();
            CardReplaced replaced = awaitOne(probe, Topics.CARDS, defective.cardNumber(), CardReplaced.class);
            assertThat(replaced.replacedBy()).isEqualTo(replacement.cardNumber());
            assertThat(replaced.reason()).contains("gate cannot read the chip");
            assertThat(blocking.runNow()).isZero();
            JsonNode old = get("/api/operator/cards/" + defective.cardNumber().value(), operator());
            assertThat(old.get("state").asString()).isEqualTo("DELIVERED");
            assertThat(old.get("replacedBy").asString()).isEqualTo(replacement.cardNumber().value());
            JsonNode fresh = get("/api/operator/cards/" + replacement.cardNumber().value(), operator());
            assertThat(fresh.get("freeReplacement").asBoolean()).isTrue();
            assertThat(fresh.get("replacesCard").asString()).isEqualTo(defective.cardNumber().value());
            assertThat(records(probe, Topics.CARDS, defective.cardNumber()).stream()
                    .filter(r -> KafkaProbe.text(r).contains("CardReplaced"))).hasSize(1);
            assertThat(records(probe, Topics.CARDS, made.get(1).cardNumber()).stream()
                    .filter(r -> KafkaProbe.text(r).contains("CardDelivered"))).hasSize(1);
        }
    }

    @Test
    void a_card_the_employer_ordered_to_replace_another_replaces_it_when_delivered_not_before_and_once() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        LocalDate today = Norway.today(Clock.systemUTC());
        // Still valid, three weeks from expiry: the employer orders its renewal.
        ProductionCard expiring = deliveredCard(aLine(unit, OFFICE), "LOT-V", today.minusYears(2).plusWeeks(3));
        // Lost: blocked, and the employer orders a new card for it.
        ProductionCard lost = deliveredCard(aLine(unit, OFFICE), "LOT-V", today);
        TestEvents.publish(Topics.CARD_STATUS, new CardStatusChanged(lost.cardNumber(), lost.chipUid(), unit,
                "BLOCKED", List.of("LOST"), lost.expiresOn(), Instant.now()));
        awaitCard(lost.line().lineId(), c -> c.cardStatus() == CardStatus.BLOCKED);
        OrderLineApproved renewal = replacing(aLine(unit, SITE), expiring.cardNumber());
        OrderLineApproved reorder = replacing(aLine(unit, SITE), lost.cardNumber());

        try (KafkaProbe probe = KafkaProbe.watching(Topics.CARDS.name())) {
            TestEvents.publish(Topics.ORDERS, renewal);
            TestEvents.publish(Topics.ORDERS, reorder);
            CardNumber renewed = awaitCard(renewal.lineId(), c -> true).cardNumber();
            CardNumber reordered = awaitCard(reorder.lineId(), c -> true).cardNumber();
            print(renewed, "LOT-W");
            print(reordered, "LOT-W");
            Awaitility.await().atMost(WAIT).until(() -> dispatch() == null && Set.of(renewal, reorder).stream()
                    .allMatch(l -> cards.findByLine(l.lineId()).orElseThrow().state() == ProductionState.SHIPPED));
            CardShipped shipped = awaitOne(probe, Topics.CARDS, renewed, CardShipped.class);
            assertThat(awaitOne(probe, Topics.CARDS, reordered, CardShipped.class).shipmentId())
                    .isEqualTo(shipped.shipmentId());

            // Printed and on its way, not yet delivered: the old card stays valid.
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(WAIT)
                    .until(() -> replaced(probe, expiring.cardNumber()).isEmpty());
            assertThat(get("/api/operator/cards/" + expiring.cardNumber().value(), operator()).get("replacedBy").isNull())
                    .isTrue();

            Instant deliveredAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            byte[] confirmation = TestEvents.publish(Topics.PRINTER_REPORTS,
                    new ShipmentDeliveryConfirmed(shipped.shipmentId(), unit, deliveredAt));
            CardReplaced old = awaitOne(probe, Topics.CARDS, expiring.cardNumber(), CardReplaced.class);
            assertThat(old.replacedBy()).isEqualTo(renewed);
            assertThat(old.reason()).contains("renewal");
            assertThat(old.replacedAt()).isEqualTo(deliveredAt);
            CardReplaced blocked = awaitOne(probe, Topics.CARDS, lost.cardNumber(), CardReplaced.class);
            assertThat(blocked.replacedBy()).isEqualTo(reordered);
            assertThat(blocked.reason()).isEqualTo(old.reason());
            Awaitility.await().atMost(WAIT).until(() -> renewed.value().equals(
                    get("/api/operator/cards/" + expiring.cardNumber().value(), operator()).get("replacedBy").asString()));

            // The carrier's confirmation again: nothing new.
            KafkaProbe.send(Topics.PRINTER_REPORTS.name(), unit.value(), confirmation);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() ->
                    replaced(probe, expiring.cardNumber()).size() == 1 && replaced(probe, lost.cardNumber()).size() == 1);
            assertThat(replaced(probe, renewed)).isEmpty();
        }
    }

    @Test
    void cards_printed_while_shipments_are_dispatched_each_ship_exactly_once() throws Exception {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        List<OrderLineApproved> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(aLine(unit, SITE));
        }
        lines.forEach(line -> TestEvents.publish(Topics.ORDERS, line));
        List<CardNumber> numbers = lines.stream().map(line -> awaitCard(line.lineId(), c -> true).cardNumber()).toList();

        try (KafkaProbe probe = KafkaProbe.watching(Topics.SHIPMENTS.name())) {
            // Two dispatchers (the schedule and an operator, say) keep sending while the reports come in.
            var sending = new java.util.concurrent.atomic.AtomicBoolean(true);
            var dispatchers = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                loops.add(dispatchers.submit(() -> {
                    while (sending.get()) {
                        dispatch();
                    }
                }));
            }
            try {
                numbers.forEach(n -> print(n, "LOT-C"));
                Awaitility.await().atMost(WAIT).until(() -> lines.stream()
                        .allMatch(l -> cards.findByLine(l.lineId()).orElseThrow().state() == ProductionState.SHIPPED));
            } finally {
                sending.set(false);
                dispatchers.shutdown();
            }
            for (var loop : loops) {
                loop.get();
            }
            Awaitility.await().atMost(WAIT).until(() -> sent(probe, unit).stream().mapToInt(s -> s.cards().size())
                    .sum() >= numbers.size());
            List<CardNumber> shipped = sent(probe, unit).stream().flatMap(s -> s.cards().stream())
                    .map(ShipmentSent.ShippedCard::cardNumber).toList();
            assertThat(shipped).containsExactlyInAnyOrderElementsOf(numbers);
            assertThat(sent(probe, unit)).allSatisfy(s -> assertThat(s.postageOre())
                    .isEqualTo(s.cards().size() <= 5 ? 4900 : s.cards().size() <= 20 ? 9900 : 19900));
        }
    }

    @Test
    void recall_of_a_thousand_cards_makes_exactly_one_free_replacement_each() {
        String batch = "LOT-" + UUID.randomUUID();
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        LocalDate today = Norway.today(Clock.systemUTC());
        List<ProductionCard> inUse = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            inUse.add(deliveredCard(aLine(unit, OFFICE), batch, today));
        }
        ProductionCard expired = deliveredCard(aLine(unit, OFFICE), batch, today.minusYears(3));
        ProductionCard blocked = deliveredCard(aLine(unit, OFFICE), batch, today);
        TestEvents.publish(Topics.CARD_STATUS, new CardStatusChanged(blocked.cardNumber(), blocked.chipUid(), unit,
                "BLOCKED", List.of("LOST"), blocked.expiresOn(), Instant.now()));
        awaitCard(blocked.line().lineId(), c -> c.cardStatus() == CardStatus.BLOCKED);

        try (KafkaProbe probe = KafkaProbe.watching(Topics.PRINT_JOBS.name())) {
            JsonNode first = awaitRecallDone(startRecall("{\"chipBatch\":\"" + batch + "\",\"reason\":\"batch fails at gates\"}"));
            assertThat(first.get("matched").asLong()).isEqualTo(1_002);
            assertThat(first.get("replaced").asLong()).isEqualTo(1_000);
            assertThat(first.get("skippedNotInUse").asLong()).isEqualTo(2);
            assertThat(first.get("alreadyReplaced").asLong()).isZero();

            Set<String> replacements = new HashSet<>();
            for (ProductionCard old : inUse) {
                ProductionCard replacement = cards.findByLine(ReplacementLine.idFor(old)).orElseThrow();
                assertThat(replacement.freeOfCharge()).isTrue();
                assertThat(replacement.line().replacesCard()).isEqualTo(old.cardNumber());
                assertThat(replacement.line().holder()).isEqualTo(old.line().holder());
                replacements.add(replacement.cardNumber().value());
            }
            assertThat(replacements).hasSize(1_000);
            assertThat(cards.findByLine(ReplacementLine.idFor(expired))).isEmpty();
            assertThat(cards.findByLine(ReplacementLine.idFor(blocked))).isEmpty();
            Awaitility.await().atMost(WAIT).until(() -> printJobsFor(probe, replacements).size() == 1_000);

            JsonNode second = awaitRecallDone(startRecall("{\"chipBatch\":\"" + batch + "\",\"reason\":\"once more\"}"));
            assertThat(second.get("matched").asLong()).isEqualTo(1_002);
            assertThat(second.get("replaced").asLong()).isZero();
            assertThat(second.get("alreadyReplaced").asLong()).isEqualTo(1_000);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT)
                    .until(() -> printJobsFor(probe, replacements).size() == 1_000);
            assertThat(printJobsFor(probe, replacements).stream().map(ConsumerRecord::key).distinct()).hasSize(1_000);
        }
    }

    @Test
    void a_uid_range_recall_replaces_only_chips_of_its_length_not_longer_uids_inside_its_string_range() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        LocalDate today = Norway.today(Clock.systemUTC());
        String prefix = String.format("%06X", TestCards.RANDOM.nextInt(1 << 24));
        ProductionCard fourBytes = deliveredCard(aLine(unit, OFFICE), ChipUid.of(prefix + "7F"), "LOT-U", today);
        ProductionCard sevenBytes = deliveredCard(aLine(unit, OFFICE), ChipUid.of(prefix + "A1B2C3D4"), "LOT-U", today);
        assertThat(sevenBytes.chipUid().value()).hasSize(14).isBetween(prefix + "00", prefix + "FF");

        JsonNode done = awaitRecallDone(startRecall("{\"uidFrom\":\"" + prefix + "00\",\"uidTo\":\"" + prefix
                + "FF\",\"reason\":\"4-byte chips of this range fail\"}"));

        assertThat(done.get("matched").asLong()).isEqualTo(1);
        assertThat(done.get("replaced").asLong()).isEqualTo(1);
        assertThat(cards.findByLine(ReplacementLine.idFor(fourBytes))).isPresent();
        assertThat(cards.findByLine(ReplacementLine.idFor(sevenBytes))).isEmpty();
    }

    /**
     * With two replicas, each scheduled and start-up job runs on one of them at a time: dispatch, blocking
     * replaced cards, a recall (started here, resumed at a replica's start or by the operator). The outbox
     * sweep is proven in the platform.
     */
    @Test
    void every_scheduled_and_start_up_job_runs_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "dispatch", dispatching::scheduled);
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "blocking-replaced-cards", blocking::scheduled);
        String batch = "LOT-" + UUID.randomUUID();
        deliveredCard(aLine(), batch, Norway.today(Clock.systemUTC()));
        Recall recall = Recall.requested(UUID.randomUUID(), RecallCriteria.batch(batch), "two replicas", Instant.now());
        recalls.insert(recall);
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "recall-" + recall.id(), () -> running.runToEnd(recall.id()).done());
    }

    @Test
    void an_operator_resumes_a_recall_that_stopped_but_not_one_that_finished() {
        String batch = "LOT-" + UUID.randomUUID();
        ProductionCard inUse = deliveredCard(aLine(), batch, Norway.today(Clock.systemUTC()));
        // What a recall stopped by a transient error leaves behind: recorded, unfinished, nothing visited.
        Recall stopped = Recall.requested(UUID.randomUUID(), RecallCriteria.batch(batch), "gates fail", Instant.now());
        recalls.insert(stopped);
        String gate = TestInfrastructure.get().maskinporten().clientToken("gate-1", Caller.GATE_SCOPE);
        client().post().uri("/api/operator/recalls/{id}/resume", stopped.id()).header("Authorization", "Bearer " + gate)
                .exchange().expectStatus().isForbidden();

        client().post().uri("/api/operator/recalls/{id}/resume", stopped.id())
                .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isAccepted();
        JsonNode done = awaitRecallDone(stopped.id().toString());
        assertThat(done.get("replaced").asLong()).isEqualTo(1);
        assertThat(cards.findByLine(ReplacementLine.idFor(inUse))).isPresent();

        client().post().uri("/api/operator/recalls/{id}/resume", stopped.id())
                .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/recall-finished");
        client().post().uri("/api/operator/recalls/{id}/resume", UUID.randomUUID())
                .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isNotFound();
    }

    @Test
    void operator_tools_need_the_operator_scope_and_answer_problems_for_bad_requests() {
        client().get().uri("/api/operator/print-failures").exchange().expectStatus().isUnauthorized();
        String gate = TestInfrastructure.get().maskinporten().clientToken("gate-1", "hmskort:gate");
        client().get().uri("/api/operator/print-failures").header("Authorization", "Bearer " + gate).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/forbidden");
        client().post().uri("/api/operator/shipments/dispatch").header("Authorization", "Bearer " + gate).exchange()
                .expectStatus().isForbidden();
        client().post().uri("/api/operator/recalls").header("Authorization", "Bearer " + gate)
                .contentType(MediaType.APPLICATION_JSON).body("{\"chipBatch\":\"X\",\"reason\":\"r\"}").exchange()
                .expectStatus().isForbidden();

        client().post().uri("/api/operator/recalls").header("Authorization", "Bearer " + operator())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"chipBatch\":\"X\",\"uidFrom\":\"00000001\",\"uidTo\":\"00000002\",\"reason\":\"r\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/validation");
        client().post().uri("/api/operator/recalls").header("Authorization", "Bearer " + operator())
                .contentType(MediaType.APPLICATION_JSON).body("{\"chipBatch\":\"X\"}").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        client().get().uri("/api/operator/recalls/{id}", UUID.randomUUID()).header("Authorization", "Bearer " + operator())
                .exchange().expectStatus().isNotFound().expectBody().jsonPath("$.type")
                .isEqualTo("https://hmskort.no/problems/recall-not-found");
        client().post().uri("/api/operator/print-failures/{n}/retry", CardNumber.random(TestCards.RANDOM).value())
                .header("Authorization", "Bearer " + operator()).exchange().expectStatus().isNotFound();
        client().post().uri("/api/operator/print-failures/12345/retry").header("Authorization", "Bearer " + operator())
                .exchange().expectStatus().isBadRequest();
    }

    private Void dispatch() {
        client().post().uri("/api/operator/shipments/dispatch").header("Authorization", "Bearer " + operator())
                .exchange().expectStatus().isOk();
        return null;
    }

    private ProductionCard deliveredCard(OrderLineApproved line, String batch, LocalDate printedOn) {
        return deliveredCard(line, aChip(), batch, printedOn);
    }

    private ProductionCard deliveredCard(OrderLineApproved line, ChipUid chip, String batch, LocalDate printedOn) {
        return cards.insertWithFreshNumber(line.lineId(), () -> CardNumber.random(TestCards.RANDOM),
                number -> ProductionCard.requested(number, TestCards.production(line), null, 3).printJobIssued(printedOn)
                        .printed(chip, batch, printedOn)
                        .inShipment(UUID.randomUUID()).shipped(printedOn).delivered(Instant.now()),
                card -> List.of()).orElseThrow();
    }

    /** A card whose print job went out (without the job on the topic), waiting for the partner's report. */
    private ProductionCard awaitingPrint(OrderLineApproved line, LocalDate on) {
        return cards.insertWithFreshNumber(line.lineId(), () -> CardNumber.random(TestCards.RANDOM),
                number -> ProductionCard.requested(number, TestCards.production(line), null, 3).printJobIssued(on), card -> List.of())
                .orElseThrow();
    }

    private static List<CardIssued> issuedWith(KafkaProbe probe, ChipUid chip) {
        return probe.poll().stream().filter(r -> r.topic().equals(Topics.CARDS.name()))
                .map(r -> TestEvents.decode(Topics.CARDS, r.value()).data()).filter(CardIssued.class::isInstance)
                .map(CardIssued.class::cast).filter(issued -> chip.equals(issued.chipUid())).toList();
    }

    private static List<CardReplaced> replaced(KafkaProbe probe, CardNumber old) {
        return records(probe, Topics.CARDS, old).stream().map(r -> TestEvents.decode(Topics.CARDS, r.value()).data())
                .filter(CardReplaced.class::isInstance).map(CardReplaced.class::cast).toList();
    }

    private static void print(CardNumber number, String batch) {
        print(number, batch, Instant.now());
    }

    private static void print(CardNumber number, String batch, Instant at) {
        TestEvents.publish(Topics.PRINTER_REPORTS, new CardPrinted(number, aChip(), batch, at));
    }

    private ProductionCard awaitCard(UUID lineId, Predicate<ProductionCard> condition) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .until(() -> cards.findByLine(lineId).filter(condition).orElse(null), java.util.Objects::nonNull);
    }

    private String startRecall(String body) {
        String answer = client().post().uri("/api/operator/recalls").header("Authorization", "Bearer " + operator())
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange().expectStatus().isAccepted()
                .returnResult(String.class).getResponseBody();
        return JSON.readTree(answer).get("id").asString();
    }

    private JsonNode awaitRecallDone(String id) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/operator/recalls/" + id, operator()), n -> n.get("done").asBoolean());
    }

    private static List<ConsumerRecord<String, byte[]>> printJobsFor(KafkaProbe probe, Set<String> numbers) {
        return probe.poll().stream().filter(r -> r.topic().equals(Topics.PRINT_JOBS.name()) && numbers.contains(r.key()))
                .toList();
    }

    private static List<ConsumerRecord<String, byte[]>> records(KafkaProbe probe, Topic<?> topic, CardNumber key) {
        return probe.poll().stream().filter(r -> r.topic().equals(topic.name()) && key.value().equals(r.key())).toList();
    }

    private static void awaitCount(KafkaProbe probe, Topic<?> topic, CardNumber key, int count) {
        Awaitility.await().atMost(WAIT).until(() -> records(probe, topic, key).size() == count);
    }

    /** The one event of the given type on the topic keyed by the card number, once it has arrived. */
    private static <E extends Event, T extends E> T awaitOne(KafkaProbe probe, Topic<E> topic, CardNumber key, Class<T> type) {
        List<T> found = Awaitility.await().atMost(WAIT).until(() -> records(probe, topic, key).stream()
                .map(r -> TestEvents.decode(topic, r.value()).data()).filter(type::isInstance).map(type::cast).toList(),
                list -> !list.isEmpty());
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    private static List<ShipmentSent> sent(KafkaProbe probe, OrganisationNumber unit) {
        return shipmentEvents(probe, unit, ShipmentSent.class);
    }

    private static List<ShipmentDelivered> delivered(KafkaProbe probe, OrganisationNumber unit) {
        return shipmentEvents(probe, unit, ShipmentDelivered.class);
    }

    private static <T> List<T> shipmentEvents(KafkaProbe probe, OrganisationNumber unit, Class<T> type) {
        return probe.poll().stream().filter(r -> r.topic().equals(Topics.SHIPMENTS.name()) && unit.value().equals(r.key()))
                .map(r -> TestEvents.decode(Topics.SHIPMENTS, r.value()).data()).filter(type::isInstance)
                .map(type::cast).toList();
    }

    private JsonNode get(String path, String token) {
        return JSON.readTree(client().get().uri(path).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody());
    }

    private static JsonNode find(JsonNode list, CardNumber number) {
        for (JsonNode node : list) {
            if (number.value().equals(node.get("cardNumber").asString())) {
                return node;
            }
        }
        return null;
    }

    private static String operator() {
        return TestInfrastructure.get().maskinporten().clientToken("operations", Caller.OPERATOR_SCOPE);
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
