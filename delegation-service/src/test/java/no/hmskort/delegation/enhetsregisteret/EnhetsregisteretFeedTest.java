package no.hmskort.delegation.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.delegation.DelegationServiceApplication;
import no.hmskort.delegation.enhetsregisteret.application.FeedPoller;
import no.hmskort.delegation.enhetsregisteret.application.ReadingTheFeed;
import no.hmskort.delegation.enhetsregisteret.persistence.FeedCursorDocument;
import no.hmskort.delegation.enhetsregisteret.web.BrregRegister;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.Replicas;
import no.hmskort.testsupport.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The feed adapter against a stub of Enhetsregisteret's open API answering in the register's recorded
 * format; events go through the outbox and the real broker.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, properties = {
    "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME,
    "hmskort.enhetsregisteret.feed.enabled=true",
    "hmskort.enhetsregisteret.feed.first-update-id=24681357",
    "hmskort.enhetsregisteret.feed.poll-interval=PT1H",
    "hmskort.enhetsregisteret.feed.timeout=PT2S"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EnhetsregisteretFeedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final StubRegister REGISTER = new StubRegister();

    @Autowired
    ReadingTheFeed feed;
    @Autowired
    BrregRegister enhetsregisteret;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FeedPoller poller;

    @DynamicPropertySource
    static void register(DynamicPropertyRegistry properties) {
        properties.add("hmskort.enhetsregisteret.feed.base-url", REGISTER::baseUrl);
    }

    @AfterAll
    static void stop() {
        REGISTER.close();
    }

    @BeforeEach
    void recordedAnswers() {
        REGISTER.reset();
        mongo.dropCollection(FeedCursorDocument.class);
        REGISTER.answerWithRecording("/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=24681357&size=100",
                "oppdateringer-enheter.json");
        REGISTER.answerWithRecording("/enhetsregisteret/api/oppdateringer/underenheter?oppdateringsid=24681357&size=100",
                "oppdateringer-underenheter.json");
        REGISTER.answerWithRecording("/enhetsregisteret/api/enheter/315114322", "enhet-315114322.json");
        REGISTER.answerWithRecording("/enhetsregisteret/api/underenheter/315114314", "underenhet-315114314.json");
        REGISTER.answerWithRecording("/enhetsregisteret/api/oppdateringer/enheter?oppdateringsid=24681361&size=100",
                "tom-side.json");
        REGISTER.answerWithRecording("/enhetsregisteret/api/oppdateringer/underenheter?oppdateringsid=24681401&size=100",
                "tom-side.json");
    }

    @Test
    @Order(1)
    void updates_become_register_events_and_the_cursor_moves_past_them() {
        try (KafkaProbe probe = KafkaProbe.watching(Topics.ENHETSREGISTERET.name(), Topics.VAT_REGISTER.name())) {
            assertThat(feed.poll()).isPositive();

            UnitChanged created = unit(probe.await(r -> "315114322".equals(r.key())
                    && r.topic().equals(Topics.ENHETSREGISTERET.name()), WAIT));
            assertThat(created.name()).isEqualTo("NORDLYS RENHOLD AS");
            assertThat(created.organisationForm()).isEqualTo("AS");
            assertThat(created.isMainUnit()).isTrue();
            assertThat(created.deleted()).isFalse();
            assertThat(created.asOf()).hasToString("2026-11-23T05:01:44.218Z");
            assertThat(created.industryCode()).isEqualTo("81.210");
            assertThat(created.address()).isEqualTo(new BusinessAddress(List.of("Storgata 9"), "9008", "TROMSØ", "NO"));

            UnitChanged subUnit = unit(probe.await(r -> "315114314".equals(r.key()), WAIT));
            assertThat(subUnit.parent().value()).isEqualTo("315114306");
            assertThat(subUnit.industryCode()).isEqualTo("41.200");
            assertThat(subUnit.address().lines()).containsExactly("Storgata 1");
            assertThat(unit(probe.await(r -> "315114330".equals(r.key()), WAIT)).deleted()).isTrue();

            var vat = (VatRegisterEvent.VatRegistrationChanged) TestEvents.decode(Topics.VAT_REGISTER, probe.await(
                    r -> r.topic().equals(Topics.VAT_REGISTER.name()), WAIT).value()).data();
            assertThat(vat.orgnr().value()).isEqualTo("315114322");
            assertThat(vat.registered()).isTrue();

            assertThat(feed.poll()).isZero();
            List<ConsumerRecord<String, byte[]>> all = probe.poll();
            assertThat(all.stream().filter(r -> r.topic().equals(Topics.ENHETSREGISTERET.name()))).hasSize(3);
        }
    }

    @Test
    @Order(2)
    void a_register_that_fails_for_a_moment_is_retried() {
        double retriedBefore = retryCalls("successful_with_retry");
        REGISTER.failNext(2);
        assertThat(feed.poll()).isPositive();
        assertThat(enhetsregisteret.circuit()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(retryCalls("successful_with_retry")).as("the retry is published to Micrometer")
                .isEqualTo(retriedBefore + 1);
    }

    @Test
    @Order(3)
    void a_register_that_keeps_failing_opens_the_circuit_and_is_left_alone() {
        REGISTER.failNext(1_000);
        int failedPolls = 0;
        while (enhetsregisteret.circuit() != CircuitBreaker.State.OPEN && failedPolls < 10) {
            assertThatThrownBy(feed::poll).isNotInstanceOf(CallNotPermittedException.class);
            failedPolls++;
        }
        assertThat(enhetsregisteret.circuit()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("name", "enhetsregisteret").tag("state", "open")
                .gauge().value()).as("the open circuit is published to Micrometer").isEqualTo(1);
        assertThat(REGISTER.requests()).isEqualTo(failedPolls * 3);
        int before = REGISTER.requests();
        assertThatThrownBy(feed::poll).isInstanceOf(CallNotPermittedException.class);
        assertThat(REGISTER.requests()).isEqualTo(before);
        assertThat(mongo.findById("MAIN_UNITS", FeedCursorDocument.class)).isNull();
    }

    private double retryCalls(String kind) {
        return meters.get("resilience4j.retry.calls").tag("name", "enhetsregisteret").tag("kind", kind)
                .functionCounter().count();
    }

    private static UnitChanged unit(ConsumerRecord<String, byte[]> record) {
        EnhetsregisteretEvent event = TestEvents.decode(Topics.ENHETSREGISTERET, record.value()).data();
        return (UnitChanged) event;
    }

    @Test
    void the_feed_is_polled_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "enhetsregisteret-feed", poller::poll);
    }
}
