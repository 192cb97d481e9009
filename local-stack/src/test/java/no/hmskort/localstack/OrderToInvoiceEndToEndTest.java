package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.hmskort.contracts.events.EventEnvelope;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole system, as the local stack runs it: five services in their own contexts, the register and
 * printer simulators, the real broker and the Mongo wire protocol. One order travels from the register,
 * through uploads by the holder's link, the holder's own ID-porten confirmation and a wait for
 * Aa-registeret, to a delivered card and an invoice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderToInvoiceEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static LocalStack stack;
    private static OtlpCollector collector;
    /** The trace of the first flow's approved order line, for the collector's test. */
    private static String orderLineTrace;

    @BeforeAll
    static void startTheSystem() throws IOException {
        LocalStack.configureLoggingOnce();
        TestInfrastructure infrastructure = TestInfrastructure.get();
        collector = OtlpCollector.start();
        stack = LocalStack.start(LocalStack.Endpoints.of(infrastructure.kafkaBootstrap(), infrastructure.mongoUri(),
                infrastructure.idPorten()), true,
                Map.of("hmskort.privacy.pseudonym-secret", TestInfrastructure.PSEUDONYM_SECRET,
                        // the exporters are off unless an endpoint is set, as in the local stack; here, a collector
                        "management.opentelemetry.tracing.export.otlp.endpoint", collector.endpoint()));
    }

    @AfterAll
    static void stopTheSystem() {
        if (stack != null) {
            stack.close();
        }
        if (collector != null) {
            collector.close();
        }
    }

    @Test
    void an_order_waits_for_documents_and_the_employment_then_is_printed_shipped_checked_valid_and_invoiced() {
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
            // Folkeregisteret knows the worker by her full name: the card will carry it.
            simulator().put().uri("/registers/persons/{id}/name", worker.value()).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "Siri Marie Sveiser")).exchange().expectStatus().isOk();

            // Someone else is refused; the manager orders once the grant has arrived. No employment yet.
            placeOrder(TestIdentifiers.aPerson(), subUnit, "00000000-0000-0000-0000-000000000000", worker)
                    .expectStatus().isForbidden();
            String address = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                    .until(() -> newAddress(manager, subUnit), id -> id != null);
            String order = placeOrder(manager, subUnit, address, worker).expectStatus().isCreated()
                    .returnResult(String.class).getResponseBody();
            String orderId = field(order, "orderId");
            String lineId = field(order, "lineId");
            assertThat(order).contains("\"state\":\"AWAITING_DOCUMENTS\"");

            // The holder uploads photo and ID copy through the link the orderer made, without logging in.
            String link = client(App.ORDER).post()
                    .uri("/api/businesses/{orgnr}/orders/{o}/lines/{l}/upload-link", subUnit.value(), orderId, lineId)
                    .header("Authorization", "Bearer " + token(manager)).exchange().expectStatus().isCreated()
                    .returnResult(String.class).getResponseBody();
            String linkPath = URI.create(field(link, "url")).getPath();
            for (String document : List.of("photo", "id-copy")) {
                client(App.ORDER).put().uri(linkPath + "/" + document).contentType(MediaType.IMAGE_JPEG)
                        .body(jpeg(600, 800)).exchange().expectStatus().isOk();
            }
            // On the same page the holder logs in with ID-porten: her identity is verified, no operator needed.
            client(App.ORDER).post().uri(linkPath.replace("/api/public/", "/api/holder/") + "/identity")
                    .header("Authorization", "Bearer " + token(worker)).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.method").isEqualTo("ID_PORTEN");

            // Documents in, but Aa-registeret has no employment: the line waits and says why.
            String waiting = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(
                    () -> orderView(manager, subUnit, orderId), body -> body.contains("AWAITING_REGISTRATION"));
            assertThat(waiting).contains("Aa-registeret", "no employment is registered").doesNotContain(worker.value());
            assertThat(everything.poll()).noneMatch(r -> r.topic().equals(Topics.ORDERS.name())
                    && KafkaProbe.text(r).contains(orderId));

            // The employment is registered: the line goes on by itself, to production.
            employ(worker, subUnit);
            ConsumerRecord<String, byte[]> printJobRecord = everything.await(
                    r -> r.topic().equals(Topics.PRINT_JOBS.name()) && KafkaProbe.text(r).contains(mainUnit.value()), WAIT);
            PrintJobIssued printJob = (PrintJobIssued) TestEvents.decode(Topics.PRINT_JOBS, printJobRecord.value()).data();
            assertThat(printJob.employerName()).isEqualTo("Ende Til Ende AS");
            assertThat(printJob.holderBirthDate()).isEqualTo(LocalDate.of(1990, 6, 30));
            assertThat(printJob.holderName()).isEqualTo("Siri Marie Sveiser");
            assertThat(KafkaProbe.text(printJobRecord)).doesNotContain(worker.value());
            // The printer partner fetches the photo with its client token; nobody else can.
            String photoPath = URI.create(printJob.photoRef()).getPath();
            client(App.ORDER).get().uri(photoPath).exchange().expectStatus().isUnauthorized();
            client(App.ORDER).get().uri(photoPath).header("Authorization", "Bearer "
                    + TestInfrastructure.get().maskinporten().clientToken("printer", "hmskort:printer"))
                    .exchange().expectStatus().isOk().expectHeader().contentType(MediaType.IMAGE_JPEG);

            CardIssued card = (CardIssued) TestEvents.decode(Topics.CARDS, everything.await(
                    r -> r.topic().equals(Topics.CARDS.name()) && KafkaProbe.text(r).contains(printJob.cardNumber().value())
                            && KafkaProbe.text(r).contains("CardIssued"), WAIT).value()).data();

            // Anyone can check the card; nothing personal comes back.
            String check = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(
                    () -> publicCheck(card.cardNumber().value()), body -> body != null && body.contains("\"valid\":true"));
            assertThat(check).contains("Ende Til Ende AS", mainUnit.value(), "construction")
                    .doesNotContain(worker.value());

            // Until the card arrives, the worker shows the order confirmation.
            byte[] confirmation = client(App.ORDER).get()
                    .uri("/api/businesses/{orgnr}/orders/{o}/lines/{l}/confirmation", subUnit.value(), orderId, lineId)
                    .header("Authorization", "Bearer " + token(manager)).exchange().expectStatus().isOk()
                    .expectHeader().contentType(MediaType.APPLICATION_PDF).returnResult(byte[].class).getResponseBody();
            assertThat(new String(confirmation, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // Billing invoices the shipment: the card at the price in force when ordered (132.90 NOK since
            // 2025-07-01) and the postage of a shipment of one card (49.00 NOK), each plus 25 % VAT rounded
            // half up on its line: 33.225 -> 33.23 and 12.25. Total 181.90 + 45.48 = 227.38 NOK.
            // The invoice goes to the legal entity, the main unit, naming the ordering sub-unit as a reference.
            InvoiceIssued invoice = (InvoiceIssued) TestEvents.decode(Topics.BILLING, everything.await(
                    r -> r.topic().equals(Topics.BILLING.name()) && mainUnit.value().equals(r.key()), WAIT).value()).data();
            assertThat(invoice.customer()).isEqualTo(mainUnit);
            assertThat(invoice.lines()).hasSize(2);
            assertThat(invoice.lines().get(0)).satisfies(line -> {
                assertThat(line.reference()).isEqualTo(card.cardNumber().value());
                assertThat(line.netAmountOre()).isEqualTo(13_290);
                assertThat(line.vatAmountOre()).isEqualTo(3_323);
            });
            assertThat(invoice.lines().get(1)).satisfies(postage -> {
                assertThat(postage.netAmountOre()).isEqualTo(4_900);
                assertThat(postage.vatAmountOre()).isEqualTo(1_225);
            });
            assertThat(invoice.netAmountOre()).isEqualTo(18_190);
            assertThat(invoice.vatAmountOre()).isEqualTo(4_548);
            assertThat(invoice.grossAmountOre()).isEqualTo(22_738);

            // The carrier delivers; the order shows the line delivered with its card, and the card's log says so.
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(
                    () -> orderView(manager, subUnit, orderId), body -> body.contains(card.cardNumber().value())
                            && body.contains("\"state\":\"DELIVERED\""));
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> client(App.CARD_STATUS)
                    .get().uri("/api/businesses/{orgnr}/cards/{n}/log", mainUnit.value(), card.cardNumber().value())
                    .header("Authorization", "Bearer " + token(manager)).exchange().returnResult(String.class)
                    .getResponseBody(), log -> log != null && log.contains("SHIPPED") && log.contains("DELIVERED"));

            // Every event landed on its own topic (guards against a producer routing to the wrong one),
            // and the trace of the change that approved the line (the employment event) reached the print job.
            List<ConsumerRecord<String, byte[]>> seen = everything.poll();
            assertThat(seen).extracting(ConsumerRecord::topic).containsAll(Stream.of(Topics.ENHETSREGISTERET,
                    Topics.VAT_REGISTER, Topics.EMPLOYMENTS, Topics.ACCESS, Topics.ORDERS, Topics.PRINT_JOBS,
                    Topics.PRINTER_REPORTS, Topics.CARDS, Topics.SHIPMENTS, Topics.CARD_STATUS, Topics.BILLING)
                    .map(Topic::name).toList());
            for (ConsumerRecord<String, byte[]> record : seen) {
                Topic<?> topic = Topics.ALL.stream().filter(t -> t.name().equals(record.topic())).findFirst().orElseThrow();
                EventEnvelope<?> envelope = TestEvents.decode(topic, record.value());
                assertThat(envelope.data()).as("event on %s", record.topic()).isInstanceOf(topic.family());
                // the headers docs/events.md promises, on the services' events and the simulated registers' alike
                assertThat(KafkaProbe.header(record, "hmskort-event-id")).as("event id header on %s", record.topic())
                        .isEqualTo(envelope.id().toString());
                assertThat(KafkaProbe.header(record, "hmskort-event-type")).as("event type header on %s",
                        record.topic()).isEqualTo(envelope.type());
            }
            // The person register's events are keyed by a keyed hash of the personal number (HMAC under the
            // deployment's secret), not by the number nor by a plain hash anyone could compute for every number.
            ConsumerRecord<String, byte[]> name = everything.await(r -> r.topic().equals(Topics.PERSONS.name())
                    && KafkaProbe.text(r).contains("Siri Marie Sveiser"), WAIT);
            assertThat(name.key()).isEqualTo(keyedHash(worker, TestInfrastructure.PSEUDONYM_SECRET))
                    .isNotEqualTo("p" + plainHash(worker).substring(0, 32)).doesNotContain(worker.value());
            ConsumerRecord<String, byte[]> orderLine = everything.await(
                    r -> r.topic().equals(Topics.ORDERS.name()) && subUnit.value().equals(r.key()), WAIT);
            assertThat(traceId(printJobRecord)).isNotNull().isEqualTo(traceId(orderLine));
            orderLineTrace = traceId(orderLine);
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
            orderWithDocuments(manager, business, worker);
            CardIssued card = (CardIssued) TestEvents.decode(Topics.CARDS, probe.await(
                    r -> r.topic().equals(Topics.CARDS.name()) && KafkaProbe.text(r).contains(business.value()), WAIT)
                    .value()).data();
            String number = card.cardNumber().value();
            awaitCheck(number, "\"valid\":true");

            simulator().post().uri("/registers/aa/employments/{id}/end", employment).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("endDate", LocalDate.now().minusDays(1).toString())).exchange().expectStatus().isOk();
            String invalid = awaitCheck(number, "\"status\":\"INVALID\"");
            assertThat(invalid).contains("the employer's registrations are incomplete")
                    .doesNotContain(worker.value(), "employment ended");
            assertThat(client(App.CARD_STATUS).get().uri("/api/gate/cards/{n}", number)
                    .header("Authorization", "Bearer " + TestInfrastructure.get().maskinporten().clientToken("gate", "hmskort:gate"))
                    .exchange().expectStatus().isOk().returnResult(String.class).getResponseBody())
                    .contains("the employment ended on " + LocalDate.now().minusDays(1));
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

    /**
     * A sub-unit moves to another main unit in Enhetsregisteret: through delegation-service's access events, its
     * old main unit's daily manager loses it in every service (orders, cards, invoices) and the new one's gains it.
     */
    @Test
    void a_sub_unit_that_moves_to_another_main_unit_leaves_its_old_main_units_rights_in_every_service() {
        OrganisationNumber oldMain = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber newMain = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId oldManager = TestIdentifiers.aPerson();
        PersonId newManager = TestIdentifiers.aPerson();
        for (var unit : List.of(Map.of("orgnr", oldMain.value(), "name", "Gammel Eier AS"),
                Map.of("orgnr", newMain.value(), "name", "Ny Eier AS"),
                Map.of("orgnr", sub.value(), "name", "Flytteavdelingen", "organisationForm", "BEDR",
                        "parent", oldMain.value()))) {
            simulator().post().uri("/registers/enhetsregisteret/units").contentType(MediaType.APPLICATION_JSON)
                    .body(unit).exchange().expectStatus().isCreated();
        }
        for (var role : Map.of(oldMain, oldManager, newMain, newManager).entrySet()) {
            simulator().put().uri("/registers/enhetsregisteret/units/{orgnr}/roles", role.getKey().value())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(List.of(Map.of("code", "DAGL", "personId", role.getValue().value(), "name", "Leder")))
                    .exchange().expectStatus().isOk();
        }
        List<String[]> scoped = List.of(new String[] {"ORDER", "/api/businesses/{orgnr}/orders"},
                new String[] {"CARD_STATUS", "/api/businesses/{orgnr}/cards"},
                new String[] {"BILLING", "/api/businesses/{orgnr}/invoices"});
        awaitStatus(scoped, oldManager, sub, 200);
        awaitStatus(scoped, newManager, sub, 403);

        simulator().post().uri("/registers/enhetsregisteret/units/{orgnr}/move", sub.value())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("parent", newMain.value()))
                .exchange().expectStatus().isOk();

        awaitStatus(scoped, oldManager, sub, 403);
        awaitStatus(scoped, newManager, sub, 200);
        awaitStatus(scoped, oldManager, oldMain, 200);

        // Deleted from Enhetsregisteret, the sub-unit is covered by no grant at all.
        simulator().post().uri("/registers/enhetsregisteret/units/{orgnr}/deletion", sub.value())
                .exchange().expectStatus().isOk();
        awaitStatus(scoped, newManager, sub, 403);
        awaitStatus(scoped, newManager, newMain, 200);
    }

    /**
     * The token and port rules live in the platform, and every service keeps them: only liveness and readiness
     * on the service port, a token that never expires refused with an answer that says nothing of why, and a
     * person's token never passing a check meant for a machine client, even when it claims the scope.
     */
    @Test
    void every_service_opens_only_liveness_and_readiness_and_refuses_tokens_that_are_not_exactly_right() {
        MockIdPorten idPorten = TestInfrastructure.get().idPorten();
        PersonId person = TestIdentifiers.aPerson();
        long now = java.time.Instant.now().getEpochSecond();
        String neverExpires = idPorten.signedWithExactly(Map.of("iss", idPorten.issuerUri(), "aud", MockIdPorten.AUDIENCE,
                "iat", now, "nbf", now, "pid", person.value(), "acr", MockIdPorten.HIGH));
        String personClaimingOperator = idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                Map.of("pid", person.value(), "acr", MockIdPorten.HIGH, "scope", "hmskort:operator"), Duration.ofMinutes(5));
        String operator = TestInfrastructure.get().maskinporten().clientToken("operator-tool", "hmskort:operator");
        Map<App, String> operatorOnly = Map.of(App.ORDER, "/api/operator/identity-checks",
                App.CARD_STATUS, "/api/operator/reevaluation", App.PRODUCTION, "/api/operator/print-failures",
                App.BILLING, "/api/operator/prices", App.DELEGATION, "/api/businesses/" + TestIdentifiers
                        .anOrganisationNumber().value() + "/audit");
        for (App app : operatorOnly.keySet()) {
            client(app).get().uri("/readyz").exchange().expectStatus().isOk().expectBody()
                    .json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT);
            client(app).get().uri("/livez").exchange().expectStatus().isOk();
            for (String actuator : List.of("/actuator/prometheus", "/actuator/health", "/actuator/env")) {
                assertThat(client(app).get().uri(actuator).exchange().returnResult(String.class).getStatus().value())
                        .as("%s on %s's service port", actuator, app).isIn(401, 404);
            }
            RestTestClient.bindToServer().baseUrl(stack.managementUrl(app)).build().get().uri("/prometheus").exchange()
                    .expectStatus().isOk();

            String path = operatorOnly.get(app);
            String refused = client(app).get().uri(path).header("Authorization", "Bearer " + neverExpires).exchange()
                    .expectStatus().isUnauthorized().returnResult(String.class).getResponseBody();
            assertThat(refused).as("%s", app).contains("A valid, unexpired token from the configured issuer for this API is required")
                    .doesNotContain("Jwt", "claim");
            client(app).get().uri(path).header("Authorization", "Bearer " + personClaimingOperator).exchange()
                    .expectStatus().isForbidden();
            if (app != App.DELEGATION) {
                client(app).get().uri(path).header("Authorization", "Bearer " + operator).exchange()
                        .expectStatus().isOk();
            }
        }
    }

    private static String keyedHash(PersonId person, String secret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] hash = mac.doFinal(person.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "p" + java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainHash(PersonId person) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(person.value().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitStatus(List<String[]> requests, PersonId person, OrganisationNumber unit, int status) {
        for (String[] request : requests) {
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> client(App.valueOf(request[0]))
                    .get().uri(request[1], unit.value()).header("Authorization", "Bearer " + token(person)).exchange()
                    .returnResult(String.class).getStatus().value() == status);
        }
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

    /**
     * Every metric the dashboards and alert rules under deploy/observability name is published by one of the five
     * services, and every alert the runbook answers is there. Runs last, after the flows above have placed,
     * printed, judged, checked and invoiced, so that the counters registered on first use exist too.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void every_metric_the_dashboards_and_alerts_name_is_published_and_every_alert_is_declared() throws IOException {
        Path observability = Path.of("..", "deploy", "observability");
        String alerts = Files.readString(observability.resolve("alerts.yaml"));
        assertThat(alerts).contains("alert: HmskortConsumerLagHigh", "alert: HmskortOutboxStuck",
                "alert: HmskortDeadLetters", "alert: HmskortHttp5xxRate", "alert: HmskortPublicCheckSlow",
                "alert: HmskortIdentityQueueOld");
        StringBuilder named = new StringBuilder(alerts);
        try (Stream<Path> dashboards = Files.list(observability.resolve("dashboards"))) {
            for (Path dashboard : dashboards.toList()) {
                named.append(Files.readString(dashboard));
            }
        }
        Set<String> wanted = new TreeSet<>();
        Matcher metric = METRIC.matcher(named);
        while (metric.find()) {
            wanted.add(metric.group());
        }
        assertThat(wanted).as("the dashboards name the issue's metrics").contains("hmskort_orders_placed_total",
                "hmskort_order_lines", "hmskort_cards_issued_total", "hmskort_card_status_changes_total",
                "hmskort_checks_total", "hmskort_invoices_issued_total", "hmskort_credit_notes_issued_total",
                "hmskort_outbox_backlog", "hmskort_outbox_oldest_pending_age_seconds",
                "spring_cloud_stream_binder_kafka_offset", "hmskort_dead_letters",
                "hmskort_identity_queue_oldest_age_seconds", "resilience4j_circuitbreaker_state",
                "resilience4j_retry_calls_total");

        Set<String> published = new TreeSet<>();
        for (App app : App.values()) {
            if (app == App.SIMULATORS) {
                continue;
            }
            String scrape = RestTestClient.bindToServer().baseUrl(stack.managementUrl(app)).build().get()
                    .uri("/prometheus").exchange().expectStatus().isOk().returnResult(String.class).getResponseBody();
            scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(published::add);
        }
        Set<String> bases = new TreeSet<>(published);
        published.forEach(name -> bases.add(name.replaceAll("_(bucket|count|sum|max)$", "")));
        assertThat(wanted).filteredOn(name -> !ONLY_WITH_THE_FEED.contains(name))
                .allSatisfy(name -> assertThat(bases).as(name + " is published").contains(name));
    }

    /**
     * The Enhetsregisteret feed's retry and circuit breaker exist where the feed runs (the production overlay
     * turns it on; the local stack's register simulator publishes directly). EnhetsregisteretFeedTest proves
     * both are published and move.
     */
    private static final Set<String> ONLY_WITH_THE_FEED = Set.of("resilience4j_circuitbreaker_state",
            "resilience4j_retry_calls_total");

    /**
     * The services export their spans over OTLP to the collector started for this test, and one trace, carried
     * over every Kafka hop in the events' traceparent headers, reaches it from order-service, production,
     * card-status and billing.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void one_trace_reaches_the_collector_from_order_service_through_production_and_card_status_to_billing() {
        assertThat(orderLineTrace).as("the first flow ran and its order line carried a trace").isNotNull();
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(collector.spans()).filteredOn(span -> orderLineTrace.equals(span.traceId()))
                        .extracting(OtlpCollector.Span::service).as("the services of the order line's trace")
                        .contains("order-service", "production-service", "card-status-service", "billing-service"));
    }

    /** A metric's name in PromQL: the families this system and its libraries publish. */
    private static final Pattern METRIC = Pattern.compile(
            "\\b(?:hmskort|http_server_requests|spring_cloud_stream|resilience4j|jvm|process|kafka)_[a-z0-9_]+\\b");

    private static String traceId(ConsumerRecord<String, byte[]> record) {
        String traceparent = KafkaProbe.header(record, "traceparent");
        return traceparent == null ? null : traceparent.split("-")[1];
    }

    /** A delivery address for the unit; null while the manager's grant has not reached order-service. */
    private String newAddress(PersonId orderer, OrganisationNumber unit) {
        var result = client(App.ORDER).post().uri("/api/businesses/{orgnr}/addresses", unit.value())
                .header("Authorization", "Bearer " + token(orderer)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("recipient", "Anleggsleder", "street", "Storgata 9", "postalCode", "9008", "city", "Tromsø"))
                .exchange().returnResult(String.class);
        return result.getStatus().value() == 201 ? field(result.getResponseBody(), "addressId") : null;
    }

    private RestTestClient.ResponseSpec placeOrder(PersonId orderer, OrganisationNumber unit, String addressId,
            PersonId worker) {
        return client(App.ORDER).post().uri("/api/businesses/{orgnr}/orders", unit.value())
                .header("Authorization", "Bearer " + token(orderer))
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cardType", "construction", "deliveryAddressId", addressId,
                        "lines", List.of(Map.of("personId", worker.value(), "name", "Siri Sveiser"))))
                .exchange();
    }

    /**
     * The orderer places an order and uploads the photo and the ID copy, and an operator checks the holder's
     * identity; returns the order's id.
     */
    private String orderWithDocuments(PersonId orderer, OrganisationNumber unit, PersonId worker) {
        String address = Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> newAddress(orderer, unit), id -> id != null);
        String order = placeOrder(orderer, unit, address, worker).expectStatus().isCreated()
                .returnResult(String.class).getResponseBody();
        for (String document : List.of("photo", "id-copy")) {
            client(App.ORDER).put().uri("/api/businesses/{orgnr}/orders/{o}/lines/{l}/" + document, unit.value(),
                    field(order, "orderId"), field(order, "lineId")).header("Authorization", "Bearer " + token(orderer))
                    .contentType(MediaType.IMAGE_JPEG).body(jpeg(600, 800)).exchange().expectStatus().isOk();
        }
        // The holder never logged in: an operator compares photo, ID copy and name, and approves.
        String operator = TestInfrastructure.get().maskinporten().clientToken("operator-desk", "hmskort:operator");
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> client(App.ORDER).get()
                .uri("/api/operator/identity-checks?size=500").header("Authorization", "Bearer " + operator).exchange()
                .returnResult(String.class).getResponseBody(), queue -> queue.contains(field(order, "lineId")));
        client(App.ORDER).post().uri("/api/operator/identity-checks/{o}/lines/{l}/approve", field(order, "orderId"),
                field(order, "lineId")).header("Authorization", "Bearer " + operator).exchange().expectStatus().isOk();
        return field(order, "orderId");
    }

    private String orderView(PersonId orderer, OrganisationNumber unit, String orderId) {
        return client(App.ORDER).get().uri("/api/businesses/{orgnr}/orders/{id}", unit.value(), orderId)
                .header("Authorization", "Bearer " + token(orderer)).exchange()
                .returnResult(String.class).getResponseBody();
    }

    /** The first value of a string field in a JSON body. */
    private static String field(String json, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
        return matcher.group(1);
    }

    /** A photo as a camera would send it: a plain JPEG of the given size. */
    private static byte[] jpeg(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = image.createGraphics();
        graphics.setColor(java.awt.Color.LIGHT_GRAY);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(java.awt.Color.DARK_GRAY);
        graphics.fillOval(width / 4, height / 5, width / 2, height / 2);
        graphics.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpg", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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
