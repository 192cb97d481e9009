package no.hmskort.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import no.hmskort.billing.BillingServiceApplication;
import no.hmskort.billing.invoicing.application.InvoicingShipment;
import no.hmskort.billing.invoicing.application.IssuingDocuments;
import no.hmskort.billing.invoicing.ehf.PeppolRules;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.persistence.BillingDocuments;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.Customers;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.billing.BillingEvent;
import no.hmskort.contracts.events.billing.CreditNoteIssued;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * billing-service through the real broker and the Mongo wire protocol: shipments in, invoices out with
 * exact figures, redelivery, gap-free numbering under concurrency and after a crash, postage refunds run
 * twice, the employer's documents and their EHF, the operator's price list.
 */
@SpringBootTest(classes = BillingServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + BillingServiceApplication.CONFIG_NAME)
class BillingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    @LocalServerPort
    int port;
    @Autowired
    InvoicingShipment invoicing;
    @Autowired
    IssuingDocuments issuing;
    @Autowired
    BillingDocuments documents;
    @Autowired
    Customers customers;
    @Autowired
    MongoTemplate mongo;

    OrganisationNumber unit;
    PersonId orderer;

    @BeforeEach
    void aBusinessWithAnOrderer() {
        unit = TestIdentifiers.anOrganisationNumber();
        orderer = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(unit, "Bygg og Vask AS", "AS", null, false, false,
                false, Instant.now()));
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), unit, orderer, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(unit)));
        Awaitility.await().atMost(WAIT).until(() -> customers.legalName(unit).isPresent());
    }

    @Test
    void a_shipment_becomes_one_invoice_for_finance_with_totals_exact_to_the_ore() {
        ShipmentSent shipment = shipment(unit, LocalDate.now(NORWAY), 4900, true,
                card("construction", Instant.now(), false),
                card("cleaning", LocalDate.of(2023, 6, 1).atStartOfDay(NORWAY).toInstant(), false),
                card("construction", Instant.now(), true));
        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            TestEvents.publish(Topics.SHIPMENTS, shipment);
            var record = billing.await(r -> unit.value().equals(r.key())
                    && KafkaProbe.text(r).contains(shipment.shipmentId().toString()), WAIT);
            InvoiceIssued invoice = (InvoiceIssued) TestEvents.decode(Topics.BILLING, record.value()).data();
            assertThat(invoice.customer()).isEqualTo(unit);
            assertThat(invoice.lines()).extracting(InvoiceIssued.Line::netAmountOre).containsExactly(13290L, 10750L, 0L, 4900L);
            assertThat(invoice.lines()).extracting(InvoiceIssued.Line::vatAmountOre).containsExactly(3323L, 2688L, 0L, 1225L);
            assertThat(invoice.netAmountOre()).isEqualTo(28940);
            assertThat(invoice.vatAmountOre()).isEqualTo(7236);
            assertThat(invoice.grossAmountOre()).isEqualTo(36176);
            assertThat(invoice.issueDate()).isEqualTo(LocalDate.now(NORWAY));
        }
    }

    @Test
    void a_redelivered_or_republished_shipment_is_invoiced_once() {
        ShipmentSent shipment = shipment(unit, LocalDate.now(NORWAY), 4900, true, card("construction", Instant.now(), false));
        ShipmentSent later = shipment(unit, LocalDate.now(NORWAY), 4900, true, card("construction", Instant.now(), false));
        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            byte[] sent = TestEvents.publish(Topics.SHIPMENTS, shipment);
            KafkaProbe.send(Topics.SHIPMENTS.name(), unit.value(), sent);
            TestEvents.publish(Topics.SHIPMENTS, shipment);
            TestEvents.publish(Topics.SHIPMENTS, later);
            // same key, same partition: once the later shipment is invoiced, every copy before it was handled
            billing.await(r -> KafkaProbe.text(r).contains(later.shipmentId().toString()), WAIT);
            billing.await(r -> KafkaProbe.text(r).contains(shipment.shipmentId().toString()), WAIT);
            List<BillingEvent> events = billing.poll().stream().map(r -> TestEvents.decode(Topics.BILLING, r.value()).data())
                    .filter(e -> e.toString().contains(shipment.shipmentId().toString())).toList();
            assertThat(events).hasSize(1);
        }
        assertThat(documents.invoicesOf(java.util.List.of(unit))).extracting(InvoiceDocument::shipmentId)
                .containsExactly(shipment.shipmentId().toString(), later.shipmentId().toString());
    }

    @Test
    void many_shipments_numbered_concurrently_get_numbers_one_to_n_without_gap_or_duplicate() throws Exception {
        List<ShipmentSent> shipments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shipments.add(shipment(unit, LocalDate.now(NORWAY), 4900, true, card("construction", Instant.now(), false)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ShipmentSent shipment : shipments) {
                done.add(pool.submit(() -> invoicing.invoice(shipment)));
                done.add(pool.submit(() -> invoicing.invoice(shipment)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertAllInvoicesNumberedOneToN();
        assertThat(documents.invoicesOf(java.util.List.of(unit))).hasSize(30);
    }

    @Test
    void a_crash_after_claiming_a_number_is_finished_by_the_next_round_without_a_gap() {
        issuing.issueInvoices();
        long next = issuing.lastInvoiceNumber() + 1;
        String shipmentId = UUID.randomUUID().toString();
        documents.insertDraft(InvoiceDocument.draft(shipmentId, unit, new InvoiceDocument.Party("Bygg og Vask AS",
                "Byggveien 1", "2317", "Hamar"), LocalDate.now(NORWAY), List.of(InvoiceLine.of("Postage",
                "postage:" + shipmentId, new Money(4900), 25)), Instant.now()));
        // the crashed worker got as far as claiming the number, no further
        mongo.insert(new Document("_id", "invoice:" + next).append("series", "invoice").append("number", next)
                .append("document", shipmentId), "document_numbers");

        issuing.issueInvoices();

        assertThat(documents.invoiceFor(shipmentId).orElseThrow().number()).isEqualTo(next);
        assertAllInvoicesNumberedOneToN();
    }

    @Test
    void a_postage_refund_run_credits_each_affected_invoice_once_and_a_second_run_changes_nothing() {
        LocalDate march = LocalDate.of(2024, 3, 1);
        ShipmentSent big = shipment(unit, march.plusDays(4), 9900, true, card("construction", Instant.now(), false));
        ShipmentSent small = shipment(unit, march.plusDays(20), 4900, true, card("construction", Instant.now(), false));
        ShipmentSent cheap = shipment(unit, march.plusDays(21), 2900, true, card("construction", Instant.now(), false));
        ShipmentSent free = shipment(unit, march.plusDays(22), 4900, false, card("construction", Instant.now(), true));
        ShipmentSent april = shipment(unit, march.plusMonths(1), 9900, true, card("construction", Instant.now(), false));
        List.of(big, small, cheap, free, april).forEach(invoicing::invoice);
        String operator = TestInfrastructure.get().idPorten().clientToken("operator-1", "hmskort:operator");

        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            String first = refund(operator, "2024-03-01", "2024-03-31", 3900);
            assertThat(first).contains("\"examined\":2", "\"creditedNetOre\":7000", "\"creditedVatOre\":1750",
                    "\"creditedGrossOre\":8750");
            String second = refund(operator, "2024-03-01", "2024-03-31", 3900);
            assertThat(second).contains("\"creditNoteNumbers\":[]", "\"creditedGrossOre\":0");

            billing.await(r -> KafkaProbe.text(r).contains("CreditNoteIssued")
                    && KafkaProbe.text(r).contains("postage:" + small.shipmentId()), WAIT);
            billing.await(r -> KafkaProbe.text(r).contains("CreditNoteIssued")
                    && KafkaProbe.text(r).contains("postage:" + big.shipmentId()), WAIT);
            List<CreditNoteIssued> notes = billing.poll().stream()
                    .map(r -> TestEvents.decode(Topics.BILLING, r.value()).data())
                    .filter(e -> e instanceof CreditNoteIssued).map(e -> (CreditNoteIssued) e)
                    .filter(n -> n.customer().equals(unit)).toList();
            assertThat(notes).hasSize(2);

            String lower = refund(operator, "2024-03-01", "2024-03-31", 2900);
            assertThat(lower).contains("\"examined\":2", "\"creditedNetOre\":2000", "\"creditedVatOre\":500");
        }
        String credits = employer().get().uri("/api/businesses/{orgnr}/credit-notes", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(credits.split("\"creditNoteNumber\"", -1)).hasSize(5);
        assertThat(credits).contains("\"netAmountOre\":6000", "\"vatAmountOre\":1500", "\"netAmountOre\":1000",
                "\"vatAmountOre\":250");

        String runId = refundRun(operator, "2024-03-01", "2024-03-31", 2900).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        client().get().uri("/api/operator/postage-refunds/{id}", runId).header("Authorization", "Bearer " + operator)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.examined").isEqualTo(2)
                .jsonPath("$.creditNoteNumbers.length()").isEqualTo(0);
        List<Long> creditNoteNumbers = mongo.findAll(CreditNoteDocument.class).stream().map(CreditNoteDocument::number)
                .sorted().toList();
        assertThat(creditNoteNumbers).containsExactlyElementsOf(
                LongStream.rangeClosed(1, creditNoteNumbers.size()).boxed().toList());
        client().post().uri("/api/operator/postage-refunds").header("Authorization", "Bearer " + token(orderer))
                .contentType(MediaType.APPLICATION_JSON).body("{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\","
                        + "\"correctPostageOre\":0}").exchange().expectStatus().isForbidden();
    }

    @Test
    void the_employer_reads_its_invoices_and_credit_notes_and_their_ehf_and_nothing_of_another_business() {
        ShipmentSent shipment = shipment(unit, LocalDate.of(2024, 5, 2), 4900, true, card("construction", Instant.now(), false));
        invoicing.invoice(shipment);
        String operator = TestInfrastructure.get().idPorten().clientToken("operator-1", "hmskort:operator");
        refund(operator, "2024-05-01", "2024-05-31", 3900);
        String number = String.valueOf(documents.invoiceFor(shipment.shipmentId().toString()).orElseThrow().number());
        String creditNote = String.valueOf(documents.creditNotesOf(java.util.List.of(unit)).getFirst().number());

        employer().get().uri("/api/businesses/{orgnr}/invoices/{n}", unit.value(), number)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.grossAmountOre").isEqualTo(22738).jsonPath("$.lines.length()").isEqualTo(2);
        String invoiceEhf = ehf("invoices", unit, number, orderer);
        assertThat(PeppolRules.invoiceErrors(invoiceEhf)).isEmpty();
        assertThat(invoiceEhf).contains("Bygg og Vask AS", "<cbc:PayableAmount currencyID=\"NOK\">227.38</cbc:PayableAmount>");
        String creditEhf = ehf("credit-notes", unit, creditNote, orderer);
        assertThat(PeppolRules.creditNoteErrors(creditEhf)).isEmpty();
        assertThat(creditEhf).contains("<cbc:ID>" + number + "</cbc:ID>", "<cbc:PayableAmount currencyID=\"NOK\">12.50");

        OrganisationNumber other = TestIdentifiers.anOrganisationNumber();
        PersonId otherOrderer = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), other, otherOrderer, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(other)));
        Awaitility.await().atMost(WAIT).until(() -> client().get().uri("/api/businesses/{orgnr}/invoices", other.value())
                .header("Authorization", "Bearer " + token(otherOrderer)).exchange().returnResult(String.class)
                .getStatus().value() == 200);
        for (String path : List.of("/invoices/" + number, "/invoices/" + number + "/ehf", "/credit-notes/" + creditNote,
                "/invoices/999999", "/invoices/not-a-number")) {
            client().get().uri("/api/businesses/" + other.value() + path)
                    .header("Authorization", "Bearer " + token(otherOrderer)).exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/billing-document-not-found");
        }
        client().get().uri("/api/businesses/{orgnr}/invoices", unit.value())
                .header("Authorization", "Bearer " + token(otherOrderer)).exchange().expectStatus().isForbidden();
    }

    @Test
    void a_main_unit_sees_the_invoices_of_its_sub_units_and_a_sub_unit_only_its_own() {
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId subOrderer = TestIdentifiers.aPerson();
        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Bygg og Vask AS avd. Bodø", "BEDR", unit,
                false, false, false, Instant.now()));
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), unit, orderer, "ROLE:DAGL",
                LocalDate.now().minusDays(1), null, List.of(unit, sub)));
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), sub, subOrderer, "DELEGATION",
                LocalDate.now().minusDays(1), null, List.of(sub)));
        Awaitility.await().atMost(WAIT).until(() -> customers.unitAndSubUnits(unit).contains(sub));
        ShipmentSent toMain = shipment(unit, LocalDate.now(NORWAY), 4900, true, card("construction", Instant.now(), false));
        ShipmentSent toSub = shipment(sub, LocalDate.now(NORWAY), 4900, true, card("construction", Instant.now(), false));
        invoicing.invoice(toMain);
        invoicing.invoice(toSub);
        String subNumber = String.valueOf(documents.invoiceFor(toSub.shipmentId().toString()).orElseThrow().number());

        Awaitility.await().atMost(WAIT).until(() -> client().get().uri("/api/businesses/{orgnr}/invoices", sub.value())
                .header("Authorization", "Bearer " + token(subOrderer)).exchange().returnResult(String.class)
                .getStatus().value() == 200);
        employer().get().uri("/api/businesses/{orgnr}/invoices", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2);
        employer().get().uri("/api/businesses/{orgnr}/invoices/{n}", unit.value(), subNumber)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk();
        client().get().uri("/api/businesses/{orgnr}/invoices", sub.value())
                .header("Authorization", "Bearer " + token(subOrderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void the_operator_adds_only_future_prices_and_everyone_logged_in_sees_the_current_one() {
        String operator = TestInfrastructure.get().idPorten().clientToken("operator-1", "hmskort:operator");
        LocalDate today = LocalDate.now(NORWAY);
        addPrice(operator, today.toString(), "139.00").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo("https://hmskort.no/problems/validation");
        addPrice(operator, today.plusDays(60).toString(), "139.00").expectStatus().isCreated();
        addPrice(operator, today.plusDays(60).toString(), "141.00").expectStatus().isEqualTo(409);
        addPrice(TestInfrastructure.get().idPorten().clientToken("partner", "hmskort:printer"),
                today.plusDays(61).toString(), "1.00").expectStatus().isForbidden();
        client().get().uri("/api/operator/prices").header("Authorization", "Bearer " + operator).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].from").isEqualTo("2020-01-01").jsonPath("$[0].netAmountOre").isEqualTo(10400)
                .jsonPath("$[2].netAmountOre").isEqualTo(10750)
                .jsonPath("$[5].from").isEqualTo(today.plusDays(60).toString()).jsonPath("$[5].netAmountOre").isEqualTo(13900);
        client().get().uri("/api/prices/current").header("Authorization", "Bearer " + token(orderer)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.net").isEqualTo("132.90");
    }

    private void assertAllInvoicesNumberedOneToN() {
        List<Long> numbers = documents.allInvoices().stream().map(InvoiceDocument::number).sorted().toList();
        assertThat(numbers).doesNotContainNull();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(issuing.lastInvoiceNumber()).isEqualTo(numbers.size());
    }

    private String ehf(String kind, OrganisationNumber business, String number, PersonId person) {
        return employer().get().uri("/api/businesses/{orgnr}/{kind}/{n}/ehf", business.value(), kind, number)
                .header("Authorization", "Bearer " + token(person)).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_XML)
                .returnResult(String.class).getResponseBody();
    }

    private String refund(String operator, String from, String to, long correct) {
        return refundRun(operator, from, to, correct);
    }

    private String refundRun(String operator, String from, String to, long correct) {
        return client().post().uri("/api/operator/postage-refunds").header("Authorization", "Bearer " + operator)
                .contentType(MediaType.APPLICATION_JSON).body("{\"from\":\"" + from + "\",\"to\":\"" + to
                        + "\",\"correctPostageOre\":" + correct + "}").exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
    }

    private RestTestClient.ResponseSpec addPrice(String token, String from, String net) {
        return client().post().uri("/api/operator/prices").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"from\":\"" + from + "\",\"net\":\"" + net + "\"}")
                .exchange();
    }

    private static ShipmentSent shipment(OrganisationNumber unit, LocalDate sentOn, long postage, boolean charged,
            ShipmentSent.ShippedCard... cards) {
        return new ShipmentSent(UUID.randomUUID(), unit, new DeliveryAddress("Bygg og Vask AS, lageret", "Byggveien 1",
                "2317", "Hamar"), sentOn, List.of(cards), postage, charged);
    }

    private static ShipmentSent.ShippedCard card(String type, Instant orderedAt, boolean free) {
        return new ShipmentSent.ShippedCard(CardNumber.random(RANDOM), type, UUID.randomUUID(), orderedAt, free);
    }

    private static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.SUBSTANTIAL);
    }

    private RestTestClient employer() {
        Awaitility.await().atMost(WAIT).until(() -> client().get().uri("/api/businesses/{orgnr}/invoices", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().returnResult(String.class)
                .getStatus().value() == 200);
        return client();
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
