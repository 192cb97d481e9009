package no.hmskort.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.platform.deadletters.DeadLetterCounts;
import no.hmskort.platform.deadletters.DeadLetterTopics;
import no.hmskort.platform.messaging.PlatformEnvironment;
import no.hmskort.platform.security.Caller;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's dead-letter replay, proven on this service through the real broker and the Mongo wire
 * protocol: a poison message is dead-lettered, listed for an operator without its data, replayed once to the
 * topic it came from with its key, value and headers, and a second replay of it is refused.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class DeadLetterReplayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ORIGINAL = Topics.ENHETSREGISTERET.name();
    private static final String DEAD_LETTERS = PlatformEnvironment.deadLetterTopic(Topics.ENHETSREGISTERET,
            "delegation-service");
    private static final String PROBLEMS = "https://hmskort.no/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadLetterTopics deadLetterTopics;

    private final String operator = TestInfrastructure.get().maskinporten().clientToken("operator-tool", Caller.OPERATOR_SCOPE);

    @Test
    void an_operator_sees_a_dead_letter_without_its_data_and_replays_it_once_with_its_key_value_and_headers() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        String eventId = UUID.randomUUID().toString();
        byte[] poison = aPoisonEvent(eventId, business);
        try (KafkaProbe probe = KafkaProbe.watching(DEAD_LETTERS, ORIGINAL)) {
            sendWithHeaders(business.value(), poison, eventId);
            ConsumerRecord<String, byte[]> sent = probe.await(r -> r.topic().equals(ORIGINAL) && isThe(r, poison), WAIT);
            ConsumerRecord<String, byte[]> dead = probe.await(r -> r.topic().equals(DEAD_LETTERS) && isThe(r, poison), WAIT);

            String listing = get("/api/operator/dead-letters", operator);
            assertThat(listing).doesNotContain("Kari Nordmann").doesNotContain("x-exception-stacktrace");
            JsonNode listed = find(json(listing).get("deadLetters"), dead.partition(), dead.offset());
            assertThat(json(listing).get("topics").toString()).contains(DEAD_LETTERS);
            assertThat(listed.get("originalTopic").asString()).isEqualTo(ORIGINAL);
            assertThat(listed.get("originalPartition").asInt()).isEqualTo(sent.partition());
            assertThat(listed.get("originalOffset").asLong()).isEqualTo(sent.offset());
            assertThat(listed.get("key").asString()).isEqualTo(business.value());
            assertThat(listed.get("eventType").asString()).isEqualTo("UnitMerged.v1");
            assertThat(listed.get("eventId").asString()).isEqualTo(eventId);
            assertThat(listed.get("reason").asString()).contains("UnitMerged.v1").contains("is not carried by");
            assertThat(Instant.parse(listed.get("deadLetteredAt").asString())).isEqualTo(
                    Instant.ofEpochMilli(dead.timestamp()));
            assertThat(listed.get("replayed").asBoolean()).isFalse();

            JsonNode answer = json(post(named(dead), operator));
            assertThat(answer.get("skipped")).isEmpty();
            assertThat(answer.get("replayed")).hasSize(1);
            assertThat(answer.get("replayed").get(0).get("eventId").asString()).isEqualTo(eventId);
            assertThat(answer.get("replayed").get(0).get("replayedTo").asString()).isEqualTo(ORIGINAL);

            ConsumerRecord<String, byte[]> replayed = probe.await(r -> r.topic().equals(ORIGINAL) && isThe(r, poison)
                    && r.offset() != sent.offset(), WAIT);
            assertThat(replayed.key()).isEqualTo(business.value());
            assertThat(replayed.partition()).isEqualTo(sent.partition());
            assertThat(headers(replayed)).isEqualTo(headers(sent));

            String again = post(named(dead), operator);
            assertThat(json(again).get("replayed")).isEmpty();
            assertThat(json(again).get("skipped").get(0).get("reason").asString())
                    .startsWith("already replayed by operator-tool at ");

            // Anything the refused request had sent would be on the partition before this marker (same key).
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(business, "Merket AS", "AS", null, false, false,
                    false, Instant.now()));
            probe.await(r -> r.topic().equals(ORIGINAL) && business.value().equals(r.key()) && !isThe(r, poison), WAIT);
            assertThat(probe.poll().stream().filter(r -> r.topic().equals(ORIGINAL) && isThe(r, poison)))
                    .as("the first publication and one replay").hasSize(2);

            JsonNode afterwards = find(json(get("/api/operator/dead-letters", operator)).get("deadLetters"),
                    dead.partition(), dead.offset());
            assertThat(afterwards.get("replayed").asBoolean()).isTrue();
            assertThat(afterwards.get("replayedBy").asString()).isEqualTo("operator-tool");
            assertThat(afterwards.get("replayedAt").isNull()).isFalse();
        }
    }

    @Test
    void replaying_all_of_a_topic_replays_what_was_not_replayed_and_says_why_it_skipped_the_rest() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        byte[] first = aPoisonEvent(UUID.randomUUID().toString(), business);
        byte[] second = aPoisonEvent(UUID.randomUUID().toString(), business);
        try (KafkaProbe probe = KafkaProbe.watching(DEAD_LETTERS, ORIGINAL)) {
            KafkaProbe.send(ORIGINAL, business.value(), first);
            KafkaProbe.send(ORIGINAL, business.value(), second);
            ConsumerRecord<String, byte[]> firstDead = probe.await(r -> r.topic().equals(DEAD_LETTERS) && isThe(r, first), WAIT);
            ConsumerRecord<String, byte[]> secondDead = probe.await(r -> r.topic().equals(DEAD_LETTERS) && isThe(r, second),
                    WAIT);
            assertThat(json(post(named(firstDead), operator)).get("replayed")).hasSize(1);

            JsonNode answer = json(post("{\"all\":true,\"topic\":\"" + DEAD_LETTERS + "\"}", operator));

            assertThat(find(answer.get("replayed"), secondDead.partition(), secondDead.offset())).isNotNull();
            assertThat(find(answer.get("skipped"), firstDead.partition(), firstDead.offset()).get("reason").asString())
                    .startsWith("already replayed by operator-tool");
            // Each replayed poison message is dead-lettered again (as a new dead letter): wait for them all, so that
            // none arrives while another test watches this topic.
            // Seen here: the two, the first's replay, and every replay of this request.
            int replays = answer.get("replayed").size();
            Awaitility.await().atMost(WAIT).until(() -> probe.poll().stream()
                    .filter(d -> d.topic().equals(DEAD_LETTERS)).count() >= 2 + 1 + replays);
        }
    }

    @Test
    void only_a_client_with_the_operator_scope_may_look_or_replay_and_an_unknown_topic_is_named() {
        String gate = TestInfrastructure.get().maskinporten().clientToken("gate-7", Caller.GATE_SCOPE);
        String person = TestInfrastructure.get().idPorten().token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                Map.of("pid", TestIdentifiers.aPerson().value(), "acr", MockIdPorten.HIGH, "scope", Caller.OPERATOR_SCOPE),
                Duration.ofMinutes(5));
        for (String token : List.of(gate, person)) {
            client().get().uri("/api/operator/dead-letters").header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isForbidden().expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "forbidden");
            client().post().uri("/api/operator/dead-letters/replay").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).body("{\"all\":true,\"topic\":\"" + DEAD_LETTERS + "\"}")
                    .exchange().expectStatus().isForbidden();
        }
        client().get().uri("/api/operator/dead-letters").exchange().expectStatus().isUnauthorized();

        client().post().uri("/api/operator/dead-letters/replay").header("Authorization", "Bearer " + operator)
                .contentType(MediaType.APPLICATION_JSON).body("{\"all\":true,\"topic\":\"hmskort.register.vat.v1\"}")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-dead-letter-topic")
                .jsonPath("$.errors[0].field").isEqualTo("topic")
                .jsonPath("$.errors[0].reason").value(reason -> assertThat((String) reason).contains(DEAD_LETTERS));
        client().post().uri("/api/operator/dead-letters/replay").header("Authorization", "Bearer " + operator)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"deadLetters\":[{\"topic\":\"" + DEAD_LETTERS + "\",\"partition\":0,\"offset\":0},"
                        + "{\"topic\":\"nope.dlt\",\"partition\":0,\"offset\":0}]}")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-dead-letter-topic")
                .jsonPath("$.errors[0].field").isEqualTo("deadLetters[1].topic");
        client().get().uri("/api/operator/dead-letters?topic=nope.dlt").header("Authorization", "Bearer " + operator)
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "unknown-dead-letter-topic");
        client().post().uri("/api/operator/dead-letters/replay").header("Authorization", "Bearer " + operator)
                .contentType(MediaType.APPLICATION_JSON).body("{}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation");
    }

    /** A well-formed CloudEvent of a type the topic does not carry, with data that must never be shown. */
    /**
     * The dead-letter gauge reads the topic on the broker: it is registered for every dead-letter topic of the
     * service, and one more poison message makes it one more.
     */
    @Test
    void the_dead_letter_gauge_counts_what_each_dead_letter_topic_holds() {
        assertThat(meters.get("hmskort.dead.letters").tag("topic", DEAD_LETTERS).tag("source", ORIGINAL).gauge())
                .as("registered in the service's registry").isNotNull();
        SimpleMeterRegistry fresh = new SimpleMeterRegistry();
        new DeadLetterCounts(deadLetterTopics, fresh, Duration.ZERO);
        double before = fresh.get("hmskort.dead.letters").tag("topic", DEAD_LETTERS).gauge().value();

        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        String eventId = UUID.randomUUID().toString();
        byte[] poison = aPoisonEvent(eventId, business);
        try (KafkaProbe probe = KafkaProbe.watching(DEAD_LETTERS)) {
            sendWithHeaders(business.value(), poison, eventId);
            probe.await(r -> isThe(r, poison), WAIT);
        }
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                assertThat(fresh.get("hmskort.dead.letters").tag("topic", DEAD_LETTERS).gauge().value())
                        .isGreaterThanOrEqualTo(before + 1));
    }

    private static byte[] aPoisonEvent(String eventId, OrganisationNumber business) {
        return ("{\"specversion\":\"1.0\",\"id\":\"" + eventId + "\",\"type\":\"UnitMerged.v1\",\"source\":\"test\","
                + "\"time\":\"" + Instant.now() + "\",\"subject\":\"" + business.value() + "\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"orgnr\":\"" + business.value()
                + "\",\"contact\":\"Kari Nordmann\"}}").getBytes(StandardCharsets.UTF_8);
    }

    private static void sendWithHeaders(String key, byte[] value, String eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ORIGINAL, key, value);
        record.headers().add("hmskort-event-id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("hmskort-event-type", "UnitMerged.v1".getBytes(StandardCharsets.UTF_8));
        record.headers().add("traceparent",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrap()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isThe(ConsumerRecord<String, byte[]> record, byte[] value) {
        return Arrays.equals(record.value(), value);
    }

    private static List<String> headers(ConsumerRecord<String, byte[]> record) {
        List<String> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String named(ConsumerRecord<String, byte[]> dead) {
        return "{\"deadLetters\":[{\"topic\":\"" + dead.topic() + "\",\"partition\":" + dead.partition()
                + ",\"offset\":" + dead.offset() + "}]}";
    }

    private static JsonNode find(JsonNode entries, int partition, long offset) {
        return StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.get("topic").asString().equals(DEAD_LETTERS) && e.get("partition").asInt() == partition
                        && e.get("offset").asLong() == offset)
                .findFirst().orElse(null);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private String get(String path, String token) {
        return client().get().uri(path).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
    }

    private String post(String body, String token) {
        return client().post().uri("/api/operator/dead-letters/replay").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
