package no.hmskort.billing.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.web.ehf.EhfXml;
import no.hmskort.billing.invoicing.web.ehf.PeppolRules;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.BillingEvent;
import no.hmskort.contracts.events.billing.CreditNoteIssued;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * billing-service through the real broker and the Mongo wire protocol: shipments in, invoices to the legal
 * entity out with exact figures, redelivery, gap-free numbering under concurrency and after a crash, postage
 * refunds by the postage table run twice, the employer's documents and their EHF, the operator's price list
 * and postage tables.
 */
class BillingTest extends BillingIntegrationTest {

    OrganisationNumber unit;
    PersonId orderer;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void aBusinessWithAnOrderer() {
        unit = TestIdentifiers.anOrganisationNumber();
        orderer = TestIdentifiers.aPerson();
        aMainUnit(unit, "Bygg og Vask AS", anAddress("Storgata 1", "2317", "Hamar"));
        grant(aGrantId(), unit, orderer, "ROLE:DAGL", today().minusDays(1), null, unit);
        Awaitility.await().atMost(WAIT).until(() -> customers.unit(unit).isPresent());
    }

    @Test
    void a_shipment_becomes_one_invoice_for_finance_with_totals_exact_to_the_ore() {
        ShipmentSent shipment = shipment(unit, today(), 4900, true,
                card("construction", Instant.now(), false),
                card("cleaning", LocalDate.of(2023, 6, 1).atStartOfDay(NORWAY).toInstant(), false),
                card("construction", Instant.now(), true));
        double issuedBefore = meters.counter("hmskort.invoices.issued").count();
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
            assertThat(invoice.issueDate()).isEqualTo(today());
        }
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                assertThat(meters.counter("hmskort.invoices.issued").count()).isGreaterThanOrEqualTo(issuedBefore + 1));
    }

    @Test
    void an_invoice_goes_to_the_main_unit_with_its_business_address_and_names_the_ordering_sub_unit_and_the_delivery() {
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        aSubUnit(sub, "Bygg og Vask AS avd. Hamar", unit, anAddress("Lagerveien 5", "2317", "Hamar"));
        Awaitility.await().atMost(WAIT).until(() -> customers.mainUnitOf(sub).equals(unit));
        ShipmentSent shipment = shipment(sub, today(), 4900, true, cards(2));

        InvoiceIssued issued;
        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            TestEvents.publish(Topics.SHIPMENTS, shipment);
            var record = billing.await(r -> KafkaProbe.text(r).contains(shipment.shipmentId().toString()), WAIT);
            assertThat(record.key()).as("finance's partition key is the customer").isEqualTo(unit.value());
            issued = (InvoiceIssued) TestEvents.decode(Topics.BILLING, record.value()).data();
        }
        assertThat(issued.customer()).isEqualTo(unit);
        assertThat(issued.lines()).extracting(InvoiceIssued.Line::reference)
                .containsExactly(shipment.cards().get(0).cardNumber().value(), shipment.cards().get(1).cardNumber().value(),
                        "postage:" + shipment.shipmentId());
        assertThat(issued.grossAmountOre()).isEqualTo(13290 * 2 + 3323 * 2 + 4900 + 1225);

        String number = issued.invoiceNumber();
        client().get().uri("/api/businesses/{orgnr}/invoices/{n}", unit.value(), number)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.customer").isEqualTo(unit.value())
                .jsonPath("$.buyer.name").isEqualTo("Bygg og Vask AS")
                .jsonPath("$.buyer.address.lines[0]").isEqualTo("Storgata 1")
                .jsonPath("$.buyer.address.countryCode").isEqualTo("NO")
                .jsonPath("$.orderingUnit").isEqualTo(sub.value())
                .jsonPath("$.delivery.recipient").isEqualTo("Bygg og Vask AS, lageret")
                .jsonPath("$.delivery.address.lines[0]").isEqualTo("Byggveien 1");

        String xml = ehf("invoices", unit, number, orderer);
        assertThat(PeppolRules.invoiceErrors(xml)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(xml)).isEmpty();
        String customer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";
        assertThat(EhfXml.values(xml, customer + "/cbc:EndpointID")).containsExactly(unit.value());
        assertThat(EhfXml.values(xml, customer + "/cac:PartyLegalEntity/cbc:CompanyID")).containsExactly(unit.value());
        assertThat(EhfXml.values(xml, customer + "/cac:PartyName/cbc:Name")).containsExactly("Bygg og Vask AS");
        assertThat(EhfXml.values(xml, customer + "/cac:PostalAddress/cbc:StreetName")).containsExactly("Storgata 1");
        assertThat(EhfXml.values(xml, "/inv:Invoice/cbc:BuyerReference")).containsExactly(sub.value());
        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:StreetName"))
                .containsExactly("Byggveien 1");
        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:InvoiceLine/cbc:AccountingCost"))
                .containsExactly(sub.value(), sub.value(), sub.value());
        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:InvoiceLine/cac:DocumentReference/cbc:ID"))
                .containsExactlyElementsOf(issued.lines().stream().map(InvoiceIssued.Line::reference).toList());
    }

    @Test
    void a_redelivered_or_republished_shipment_is_invoiced_once() {
        ShipmentSent shipment = shipment(unit, today(), 4900, true, card("construction", Instant.now(), false));
        ShipmentSent later = shipment(unit, today(), 4900, true, card("construction", Instant.now(), false));
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
        assertThat(invoices.seenBy(new Audience(unit, unit))).extracting(ShipmentInvoice::shipmentId)
                .containsExactly(shipment.shipmentId().toString(), later.shipmentId().toString());
    }

    @Test
    void many_shipments_numbered_concurrently_get_numbers_one_to_n_without_gap_or_duplicate() throws Exception {
        List<ShipmentSent> shipments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            shipments.add(shipment(unit, today(), 4900, true, card("construction", Instant.now(), false)));
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
        assertThat(invoices.seenBy(new Audience(unit, unit))).hasSize(30);
    }

    @Test
    void a_crash_after_claiming_a_number_is_finished_by_the_next_round_without_a_gap() {
        issuing.issueInvoices();
        long next = issuing.lastInvoiceNumber() + 1;
        String shipmentId = UUID.randomUUID().toString();
        PostalAddress hamar = PostalAddress.inNorway("Byggveien 1", "2317", "Hamar");
        invoices.insertDraft(ShipmentInvoice.draft(shipmentId, unit, unit, new Party("Bygg og Vask AS",
                hamar), new Delivery("Bygg og Vask AS", hamar), today(), 1, List.of(InvoiceLine.of(
                "Postage", "postage:" + shipmentId, new Money(4900), 25)), Instant.now()));
        // the crashed worker got as far as claiming the number, no further
        mongo.insert(new Document("_id", "invoice:" + next).append("series", "invoice").append("number", next)
                .append("document", shipmentId), "document_numbers");

        issuing.issueInvoices();

        assertThat(invoices.forShipment(shipmentId).orElseThrow().number()).isEqualTo(next);
        assertAllInvoicesNumberedOneToN();
    }

    @Test
    void a_postage_refund_credits_only_what_a_shipment_was_overcharged_for_its_tier_and_a_second_run_nothing() {
        LocalDate september = LocalDate.of(2024, 9, 1);
        ShipmentSent threeCorrect = shipment(unit, september.plusDays(2), 4900, true, cards(3));
        ShipmentSent eightCorrect = shipment(unit, september.plusDays(3), 9900, true, cards(8));
        ShipmentSent eightOvercharged = shipment(unit, september.plusDays(4), 19900, true, cards(8));
        List.of(threeCorrect, eightCorrect, eightOvercharged).forEach(s -> TestEvents.publish(Topics.SHIPMENTS, s));
        Awaitility.await().atMost(WAIT).until(() -> List.of(threeCorrect, eightCorrect, eightOvercharged).stream()
                .allMatch(s -> invoices.forShipment(s.shipmentId().toString()).filter(ShipmentInvoice::issued).isPresent()));

        double notesBefore = meters.counter("hmskort.credit.notes.issued").count();
        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            String first = refund("2024-09-01", "2024-09-30");
            assertThat(first).contains("\"examined\":3", "\"creditedNetOre\":10000", "\"creditedVatOre\":2500",
                    "\"creditedGrossOre\":12500", "\"postageTables\":[{\"from\":\"2020-01-01\"");
            assertThat(first.replaceAll(".*\"creditNoteNumbers\":\\[([^\\]]*)\\].*", "$1").split(",")).hasSize(1);

            var record = billing.await(r -> KafkaProbe.text(r).contains("CreditNoteIssued")
                    && KafkaProbe.text(r).contains("postage:" + eightOvercharged.shipmentId()), WAIT);
            CreditNoteIssued note = (CreditNoteIssued) TestEvents.decode(Topics.BILLING, record.value()).data();
            assertThat(note.customer()).isEqualTo(unit);
            assertThat(note.netAmountOre()).isEqualTo(10000);
            assertThat(note.vatAmountOre()).isEqualTo(2500);
            assertThat(note.grossAmountOre()).isEqualTo(12500);
            assertThat(note.lines()).singleElement().satisfies(line -> assertThat(line.description())
                    .contains("8 cards", "charged 199.00", "due 99.00"));
            assertThat(note.creditedInvoiceNumber()).isEqualTo(String.valueOf(invoices.forShipment(
                    eightOvercharged.shipmentId().toString()).orElseThrow().number()));

            String second = refund("2024-09-01", "2024-09-30");
            assertThat(second).contains("\"examined\":3", "\"creditNoteNumbers\":[]", "\"creditedGrossOre\":0");
        }
        assertThat(meters.counter("hmskort.credit.notes.issued").count()).as("one credit note, the second run none")
                .isEqualTo(notesBefore + 1);
        assertThat(creditNotes.seenBy(new Audience(unit, unit))).singleElement()
                .satisfies(note -> assertThat(note.creditNote().gross()).isEqualTo(new Money(12500)));
    }

    @Test
    void a_postage_refund_run_judges_only_charged_shipments_sent_in_the_period_and_numbers_credit_notes_without_gaps() {
        LocalDate march = LocalDate.of(2024, 3, 1);
        ShipmentSent big = shipment(unit, march.plusDays(4), 9900, true, card("construction", Instant.now(), false));
        ShipmentSent small = shipment(unit, march.plusDays(20), 5900, true, card("construction", Instant.now(), false));
        ShipmentSent cheap = shipment(unit, march.plusDays(21), 2900, true, card("construction", Instant.now(), false));
        ShipmentSent free = shipment(unit, march.plusDays(22), 4900, false, card("construction", Instant.now(), true));
        ShipmentSent april = shipment(unit, march.plusMonths(1), 9900, true, card("construction", Instant.now(), false));
        List.of(big, small, cheap, free, april).forEach(invoicing::invoice);

        try (KafkaProbe billing = KafkaProbe.watching(Topics.BILLING.name())) {
            String first = refund("2024-03-01", "2024-03-31");
            assertThat(first).contains("\"examined\":3", "\"creditedNetOre\":6000", "\"creditedVatOre\":1500",
                    "\"creditedGrossOre\":7500");
            String second = refund("2024-03-01", "2024-03-31");
            assertThat(second).contains("\"creditNoteNumbers\":[]", "\"creditedGrossOre\":0");

            billing.await(r -> KafkaProbe.text(r).contains("CreditNoteIssued")
                    && KafkaProbe.text(r).contains("postage:" + small.shipmentId()), WAIT);
            billing.await(r -> KafkaProbe.text(r).contains("CreditNoteIssued")
                    && KafkaProbe.text(r).contains("postage:" + big.shipmentId()), WAIT);
            List<CreditNoteIssued> notes = billing.poll().stream()
                    .map(r -> TestEvents.decode(Topics.BILLING, r.value()).data())
                    .filter(e -> e instanceof CreditNoteIssued).map(e -> (CreditNoteIssued) e)
                    .filter(n -> n.customer().equals(unit)).toList();
            assertThat(notes).extracting(CreditNoteIssued::netAmountOre).containsExactlyInAnyOrder(5000L, 1000L);
        }
        String credits = client().get().uri("/api/businesses/{orgnr}/credit-notes", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseBody();
        assertThat(credits.split("\"creditNoteNumber\"", -1)).hasSize(3);
        assertThat(credits).contains("\"netAmountOre\":5000", "\"vatAmountOre\":1250", "\"netAmountOre\":1000",
                "\"vatAmountOre\":250");

        String runId = refund("2024-03-01", "2024-03-31").replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        client().get().uri("/api/operator/postage-refunds/{id}", runId).header("Authorization", "Bearer " + operatorToken())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.examined").isEqualTo(3)
                .jsonPath("$.creditNoteNumbers.length()").isEqualTo(0)
                .jsonPath("$.postageTables[0].tiers[1].upToCards").isEqualTo(20)
                .jsonPath("$.postageTables[0].tiers[1].postageOre").isEqualTo(9900);
        List<Long> creditNoteNumbers = mongo.findAll(CreditNoteDocument.class).stream().map(CreditNoteDocument::number)
                .sorted().toList();
        assertThat(creditNoteNumbers).containsExactlyElementsOf(
                LongStream.rangeClosed(1, creditNoteNumbers.size()).boxed().toList());
        postRefund(token(orderer), "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\"}").expectStatus().isForbidden();
    }

    @Test
    void a_refund_request_names_only_a_period_with_a_postage_table_in_force_and_bad_input_is_a_validation_problem() {
        String operator = operatorToken();
        postRefund(operator, "{\"from\":\"2024-03-01\",\"to\":\"2024-03-31\",\"correctPostageOre\":3900}")
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("correctPostageOre");
        postRefund(operator, "{\"from\":\"2019-12-01\",\"to\":\"2020-01-31\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("from")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("2020-01-01"));
        postRefund(operator, "{\"from\":\"2024-03-31\",\"to\":\"2024-03-01\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("to");
        postRefund(operator, "{\"to\":\"2024-03-01\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("from");
        postRefund(operator, "{\"from\":\"March\",\"to\":\"2024-03-01\"}").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation");
    }

    @Test
    void the_employer_reads_its_invoices_and_credit_notes_and_their_ehf_and_nothing_of_another_business() {
        ShipmentSent shipment = shipment(unit, LocalDate.of(2024, 5, 2), 5900, true, card("construction", Instant.now(), false));
        invoicing.invoice(shipment);
        refund("2024-05-01", "2024-05-31");
        String number = String.valueOf(invoices.forShipment(shipment.shipmentId().toString()).orElseThrow().number());
        String creditNote = String.valueOf(creditNotes.seenBy(new Audience(unit, unit)).getFirst().number());

        employer().get().uri("/api/businesses/{orgnr}/invoices/{n}", unit.value(), number)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.grossAmountOre").isEqualTo(23988).jsonPath("$.lines.length()").isEqualTo(2);
        String invoiceEhf = ehf("invoices", unit, number, orderer);
        assertThat(PeppolRules.invoiceErrors(invoiceEhf)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(invoiceEhf)).isEmpty();
        assertThat(invoiceEhf).contains("Bygg og Vask AS", "<cbc:PayableAmount currencyID=\"NOK\">239.88</cbc:PayableAmount>");
        String creditEhf = ehf("credit-notes", unit, creditNote, orderer);
        assertThat(PeppolRules.creditNoteErrors(creditEhf)).isEmpty();
        assertThat(PeppolRules.creditNoteWarnings(creditEhf)).isEmpty();
        assertThat(creditEhf).contains("<cbc:ID>" + number + "</cbc:ID>", "<cbc:PayableAmount currencyID=\"NOK\">12.50");

        OrganisationNumber other = TestIdentifiers.anOrganisationNumber();
        PersonId otherOrderer = TestIdentifiers.aPerson();
        grant(aGrantId(), other, otherOrderer, "ROLE:DAGL", today().minusDays(1), null, other);
        Awaitility.await().atMost(WAIT).until(() -> get(otherOrderer, "/api/businesses/{orgnr}/invoices", other.value())
                .status() == 200);
        for (String path : List.of("/invoices/" + number, "/invoices/" + number + "/ehf", "/credit-notes/" + creditNote,
                "/invoices/999999", "/invoices/not-a-number")) {
            client().get().uri("/api/businesses/" + other.value() + path)
                    .header("Authorization", "Bearer " + token(otherOrderer)).exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "billing-document-not-found");
        }
        client().get().uri("/api/businesses/{orgnr}/invoices", unit.value())
                .header("Authorization", "Bearer " + token(otherOrderer)).exchange().expectStatus().isForbidden();
    }

    @Test
    void a_main_unit_sees_the_invoices_of_its_sub_units_and_a_sub_unit_only_its_own() {
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId subOrderer = TestIdentifiers.aPerson();
        aSubUnit(sub, "Bygg og Vask AS avd. Bodø", unit, anAddress("Sjøgata 3", "8006", "Bodø"));
        grant(aGrantId(), unit, orderer, "ROLE:DAGL", today().minusDays(1), null, unit, sub);
        grant(aGrantId(), sub, subOrderer, "DELEGATION", today().minusDays(1), null, sub);
        Awaitility.await().atMost(WAIT).until(() -> customers.mainUnitOf(sub).equals(unit));
        ShipmentSent toMain = shipment(unit, today(), 4900, true, card("construction", Instant.now(), false));
        ShipmentSent toSub = shipment(sub, today(), 4900, true, card("construction", Instant.now(), false));
        invoicing.invoice(toMain);
        invoicing.invoice(toSub);
        String subNumber = String.valueOf(invoices.forShipment(toSub.shipmentId().toString()).orElseThrow().number());

        Awaitility.await().atMost(WAIT).until(() -> get(subOrderer, "/api/businesses/{orgnr}/invoices", sub.value())
                .status() == 200);
        employer().get().uri("/api/businesses/{orgnr}/invoices", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2);
        employer().get().uri("/api/businesses/{orgnr}/invoices/{n}", unit.value(), subNumber)
                .header("Authorization", "Bearer " + token(orderer)).exchange().expectStatus().isOk();
        client().get().uri("/api/businesses/{orgnr}/invoices", sub.value())
                .header("Authorization", "Bearer " + token(subOrderer)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].invoiceNumber").isEqualTo(subNumber);
    }

    @Test
    void the_operator_adds_only_future_prices_and_everyone_logged_in_sees_the_current_one() {
        String operator = operatorToken();
        LocalDate today = today();
        addPrice(operator, today.toString(), "139.00").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation");
        addPrice(operator, today.plusDays(60).toString(), "139.00").expectStatus().isCreated();
        addPrice(operator, today.plusDays(60).toString(), "141.00").expectStatus().isEqualTo(409);
        addPrice(TestInfrastructure.get().maskinporten().clientToken("partner", "hmskort:printer"),
                today.plusDays(61).toString(), "1.00").expectStatus().isForbidden();
        client().get().uri("/api/operator/prices").header("Authorization", "Bearer " + operator).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].from").isEqualTo("2020-01-01").jsonPath("$[0].netAmountOre").isEqualTo(10400)
                .jsonPath("$[2].netAmountOre").isEqualTo(10750)
                .jsonPath("$[5].from").isEqualTo(today.plusDays(60).toString()).jsonPath("$[5].netAmountOre").isEqualTo(13900)
                .jsonPath("$[5].source").isEqualTo("added by operator operator-1")
                .jsonPath("$[5].dateAssumed").isEqualTo(false);
        client().get().uri("/api/prices/current").header("Authorization", "Bearer " + token(orderer)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.net").isEqualTo("132.90");
    }

    @Test
    void every_price_and_postage_table_says_where_its_figures_come_from_and_which_are_assumptions() {
        client().get().uri("/api/operator/prices").header("Authorization", "Bearer " + operatorToken()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].source").value(source -> assertThat(source.toString()).startsWith("public"))
                .jsonPath("$[0].dateAssumed").isEqualTo(false).jsonPath("$[0].amountAssumed").isEqualTo(false)
                .jsonPath("$[1].from").isEqualTo("2022-01-01").jsonPath("$[1].dateAssumed").isEqualTo(true)
                .jsonPath("$[1].amountAssumed").isEqualTo(false)
                .jsonPath("$[2].dateAssumed").isEqualTo(true).jsonPath("$[3].dateAssumed").isEqualTo(true)
                .jsonPath("$[4].from").isEqualTo("2025-07-01").jsonPath("$[4].dateAssumed").isEqualTo(false);
        client().get().uri("/api/operator/postage-tables").header("Authorization", "Bearer " + operatorToken())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].from").isEqualTo("2020-01-01")
                .jsonPath("$[0].tiers[0].upToCards").isEqualTo(5).jsonPath("$[0].tiers[0].postageOre").isEqualTo(4900)
                .jsonPath("$[0].tiers[1].upToCards").isEqualTo(20).jsonPath("$[0].tiers[1].postageOre").isEqualTo(9900)
                .jsonPath("$[0].tiers[2].postageOre").isEqualTo(19900)
                .jsonPath("$[0].amountsAssumed").isEqualTo(true).jsonPath("$[0].dateAssumed").isEqualTo(true)
                .jsonPath("$[0].source").value(source -> assertThat(source.toString()).startsWith("assumption"));
        client().get().uri("/api/operator/postage-tables").header("Authorization", "Bearer " + token(orderer))
                .exchange().expectStatus().isForbidden();
    }

    private void assertAllInvoicesNumberedOneToN() {
        List<Long> numbers = invoices.all().stream().map(ShipmentInvoice::number).sorted().toList();
        assertThat(numbers).doesNotContainNull();
        assertThat(numbers).containsExactlyElementsOf(LongStream.rangeClosed(1, numbers.size()).boxed().toList());
        assertThat(issuing.lastInvoiceNumber()).isEqualTo(numbers.size());
    }

    private RestTestClient.ResponseSpec addPrice(String token, String from, String net) {
        return client().post().uri("/api/operator/prices").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body("{\"from\":\"" + from + "\",\"net\":\"" + net + "\"}")
                .exchange();
    }

    private RestTestClient employer() {
        Awaitility.await().atMost(WAIT).until(() -> get(orderer, "/api/businesses/{orgnr}/invoices", unit.value())
                .status() == 200);
        return client();
    }
}
