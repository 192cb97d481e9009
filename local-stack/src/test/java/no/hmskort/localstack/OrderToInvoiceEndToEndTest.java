package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hmskort.contracts.events.Topic;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.printing.PrintJobIssued;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.localstack.LocalStack.App;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole system, as the local stack runs it: five services in their own contexts, the register and
 * printer simulators, the real broker and the Mongo wire protocol. One order travels from the register
 * to an invoice.
 */
class OrderToInvoiceEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static LocalStack stack;

    @BeforeAll
    static void startTheSystem() {
        LocalStack.configureLoggingOnce();
        TestInfrastructure infrastructure = TestInfrastructure.get();
        stack = LocalStack.start(new LocalStack.Endpoints(infrastructure.kafkaBootstrap(), infrastructure.mongoUri(),
                infrastructure.idPorten().issuerUri(), infrastructure.idPorten().jwksUri()), true, Map.of());
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_role_holder_orders_a_card_that_is_printed_checked_valid_and_invoiced_with_vat() {
        OrganisationNumber mainUnit = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber subUnit = TestIdentifiers.anOrganisationNumber();
        PersonId manager = TestIdentifiers.aPerson();
        PersonId worker = TestIdentifiers.aPersonBornOn(LocalDate.of(1990, 6, 30));
        List<String> topics = Topics.ALL.stream().map(Topic::name).toList();
        try (KafkaProbe everything = KafkaProbe.watching(topics.toArray(String[]::new))) {
            // Enhetsregisteret, through the register simulator: a business, a sub-unit, a daily manager.
            simulator().post().uri("/registers/enhetsregisteret/units").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("orgnr", mainUnit.value(), "name", "Ende Til Ende AS", "organisationForm", "AS"))
                    .exchange().expectStatus().isCreated();
            simulator().post().uri("/registers/enhetsregisteret/units").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("orgnr", subUnit.value(), "name", "Ende Til Ende AS avd. Tromsø",
                            "organisationForm", "BEDR", "parent", mainUnit.value()))
                    .exchange().expectStatus().isCreated();
            simulator().put().uri("/registers/enhetsregisteret/units/{orgnr}/roles", mainUnit.value())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(List.of(Map.of("code", "DAGL", "personId", manager.value(), "name", "Dag Leder")))
                    .exchange().expectStatus().isOk();
            employ(worker, subUnit);

            // Someone else is refused; the manager's order goes through once the grant has arrived.
            placeOrder(TestIdentifiers.aPerson(), subUnit, worker).expectStatus().isForbidden();
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> placeOrder(manager, subUnit, worker).returnResult(String.class).getStatus().value() == 201);

            ConsumerRecord<String, byte[]> printJobRecord = everything.await(
                    r -> r.topic().equals(Topics.PRINT_JOBS.name()) && KafkaProbe.text(r).contains(mainUnit.value()), WAIT);
            PrintJobIssued printJob = (PrintJobIssued) TestEvents.decode(Topics.PRINT_JOBS, printJobRecord.value()).data();
            assertThat(printJob.employerName()).isEqualTo("Ende Til Ende AS");
            assertThat(printJob.holderBirthDate()).isEqualTo(LocalDate.of(1990, 6, 30));
            assertThat(KafkaProbe.text(printJobRecord)).doesNotContain(worker.value());

            CardIssued card = (CardIssued) TestEvents.decode(Topics.CARDS, everything.await(
                    r -> r.topic().equals(Topics.CARDS.name()) && KafkaProbe.text(r).contains(printJob.cardNumber().value()),
                    WAIT).value()).data();

            // Anyone can check the card; nothing personal comes back.
            String check = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(
                    () -> publicCheck(card.cardNumber().value()), body -> body != null && body.contains("\"valid\":true"));
            assertThat(check).contains("Ende Til Ende AS", mainUnit.value(), "construction")
                    .doesNotContain(worker.value());

            // Billing: the price in force when ordered (132.90 NOK since 2025-07-01) plus 25 % VAT,
            // rounded half up on the line: 33.225 NOK -> 33.23 NOK.
            InvoiceIssued invoice = (InvoiceIssued) TestEvents.decode(Topics.BILLING, everything.await(
                    r -> r.topic().equals(Topics.BILLING.name()) && subUnit.value().equals(r.key()), WAIT).value()).data();
            assertThat(invoice.customer()).isEqualTo(subUnit);
            assertThat(invoice.lines()).singleElement().satisfies(line -> {
                assertThat(line.reference()).isEqualTo(card.cardNumber().value());
                assertThat(line.netAmountOre()).isEqualTo(13_290);
                assertThat(line.vatAmountOre()).isEqualTo(3_323);
            });
            assertThat(invoice.grossAmountOre()).isEqualTo(16_613);

            // The order shows its line printed, with the card number.
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(
                    () -> orderView(manager, subUnit, card), body -> body.contains(card.cardNumber().value()));

            // Every event landed on its own topic (guards against a producer routing to the wrong one),
            // and the trace started by the order request reached production's print job.
            List<ConsumerRecord<String, byte[]>> seen = everything.poll();
            assertThat(seen).extracting(ConsumerRecord::topic).containsAll(Stream.of(Topics.ENHETSREGISTERET,
                    Topics.VAT_REGISTER, Topics.EMPLOYMENTS, Topics.ACCESS, Topics.ORDERS, Topics.PRINT_JOBS,
                    Topics.PRINTER_REPORTS, Topics.CARDS, Topics.CARD_STATUS, Topics.BILLING).map(Topic::name).toList());
            for (ConsumerRecord<String, byte[]> record : seen) {
                Topic<?> topic = Topics.ALL.stream().filter(t -> t.name().equals(record.topic())).findFirst().orElseThrow();
                assertThat(TestEvents.decode(topic, record.value()).data()).as("event on %s", record.topic())
                        .isInstanceOf(topic.family());
            }
            ConsumerRecord<String, byte[]> orderLine = everything.await(
                    r -> r.topic().equals(Topics.ORDERS.name()) && subUnit.value().equals(r.key()), WAIT);
            assertThat(traceId(printJobRecord)).isNotNull().isEqualTo(traceId(orderLine));
        }
    }

    @Test
    void card_turns_invalid_when_employment_ends_and_valid_again_when_re_registered() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        PersonId manager = TestIdentifiers.aPerson();
        PersonId worker = TestIdentifiers.aPerson();
        simulator().post().uri("/registers/enhetsregisteret/units").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("orgnr", business.value(), "name", "Snu Og Vend AS", "organisationForm", "AS"))
                .exchange().expectStatus().isCreated();
        simulator().put().uri("/registers/enhetsregisteret/units/{orgnr}/roles", business.value())
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of("code", "DAGL", "personId", manager.value(), "name", "Dag Leder")))
                .exchange().expectStatus().isOk();
        String employment = employ(worker, business);
        try (KafkaProbe probe = KafkaProbe.watching(Topics.CARDS.name(), Topics.CARD_STATUS.name())) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> placeOrder(manager, business, worker).returnResult(String.class).getStatus().value() == 201);
            CardIssued card = (CardIssued) TestEvents.decode(Topics.CARDS, probe.await(
                    r -> r.topic().equals(Topics.CARDS.name()) && KafkaProbe.text(r).contains(business.value()), WAIT)
                    .value()).data();
            String number = card.cardNumber().value();
            awaitCheck(number, "\"valid\":true");

            simulator().post().uri("/registers/aa/employments/{id}/end", employment).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("endDate", LocalDate.now().minusDays(1).toString())).exchange().expectStatus().isOk();
            String invalid = awaitCheck(number, "\"status\":\"INVALID\"");
            assertThat(invalid).contains("the employment ended on " + LocalDate.now().minusDays(1))
                    .doesNotContain(worker.value());
            probe.await(r -> r.topic().equals(Topics.CARD_STATUS.name()) && number.equals(r.key())
                    && KafkaProbe.text(r).contains("INVALID"), WAIT);

            employ(worker, business);
            awaitCheck(number, "\"valid\":true");
            probe.await(r -> r.topic().equals(Topics.CARD_STATUS.name()) && number.equals(r.key())
                    && KafkaProbe.text(r).contains("VALID") && !KafkaProbe.text(r).contains("INVALID")
                    && r.offset() > 0, WAIT);
        }
    }

    private String awaitCheck(String cardNumber, String expected) {
        return Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(
                () -> publicCheck(cardNumber), body -> body != null && body.contains(expected));
    }

    /** Registers the person's employment at the unit in (simulated) Aa-registeret; returns its id. */
    private static String employ(PersonId person, OrganisationNumber unit) {
        return simulator().post().uri("/registers/aa/employments").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("employer", unit.value(), "personId", person.value(), "startDate", "2024-01-01"))
                .exchange().expectStatus().isCreated().returnResult(String.class).getResponseBody()
                .replaceAll(".*\"employmentId\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void every_service_publishes_its_openapi_document_with_the_token_scheme() {
        for (App app : App.values()) {
            if (app == App.SIMULATORS) {
                continue;
            }
            client(app).get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                    .jsonPath("$.info.title").isEqualTo("HMS-kort " + app.title)
                    .jsonPath("$.components.securitySchemes.idporten.scheme").isEqualTo("bearer");
        }
        client(App.CARD_STATUS).get().uri("/v3/api-docs").exchange().expectBody()
                .jsonPath("$.paths['/api/public/cards/{cardNumber}'].get").exists();
        client(App.ORDER).get().uri("/v3/api-docs").exchange().expectBody()
                .jsonPath("$.paths['/api/businesses/{orgnr}/orders'].post.security[0].idporten").exists();
    }

    private static String traceId(ConsumerRecord<String, byte[]> record) {
        String traceparent = KafkaProbe.header(record, "traceparent");
        return traceparent == null ? null : traceparent.split("-")[1];
    }

    private RestTestClient.ResponseSpec placeOrder(PersonId orderer, OrganisationNumber unit, PersonId worker) {
        return client(App.ORDER).post().uri("/api/businesses/{orgnr}/orders", unit.value())
                .header("Authorization", "Bearer " + token(orderer))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cardType", "construction",
                        "deliveryAddress", Map.of("recipient", "Anleggsleder", "street", "Storgata 9",
                                "postalCode", "9008", "city", "Tromsø"),
                        "lines", List.of(Map.of("personId", worker.value(), "name", "Siri Sveiser"))))
                .exchange();
    }

    private String orderView(PersonId orderer, OrganisationNumber unit, CardIssued card) {
        return client(App.ORDER).get().uri("/api/businesses/{orgnr}/orders/{id}", unit.value(), card.orderId())
                .header("Authorization", "Bearer " + token(orderer)).exchange()
                .returnResult(String.class).getResponseBody();
    }

    private String publicCheck(String cardNumber) {
        return client(App.CARD_STATUS).get().uri("/api/public/cards/{number}", cardNumber).exchange()
                .returnResult(String.class).getResponseBody();
    }

    private static String token(PersonId person) {
        return TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.HIGH);
    }

    private static RestTestClient simulator() {
        return client(App.SIMULATORS);
    }

    private static RestTestClient client(App app) {
        return RestTestClient.bindToServer().baseUrl(stack.url(app)).build();
    }
}
