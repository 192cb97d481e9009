package no.hmskort.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Date;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import no.hmskort.embedded.EmbeddedKafka;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.platform.jobs.Leases;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two replicas' outbox relays on one store: only the holder of the sweep lease sweeps (N replicas do not sweep N
 * times), it keeps the lease while it runs, and when it stops the other takes the sweep over.
 */
class OutboxSweepAcrossReplicasTest {

    private static EmbeddedMongo store;
    private static EmbeddedKafka kafka;
    private static MongoTemplate mongo;
    private static KafkaTemplate<String, byte[]> producer;

    @BeforeAll
    static void infrastructure() {
        store = EmbeddedMongo.inMemory();
        kafka = EmbeddedKafka.startTemporary();
        mongo = new MongoTemplate(MongoClients.create(store.uri()), "relay-test");
        producer = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer()));
    }

    @AfterAll
    static void stop() {
        kafka.close();
        store.close();
    }

    @Test
    void only_the_replica_holding_the_sweep_lease_sweeps_and_the_other_takes_over_when_it_stops() {
        OutboxRelay first = relay("replica-1");
        OutboxRelay second = relay("replica-2");

        assertThat(first.sweep()).isTrue();
        assertThat(second.sweep()).as("while the first replica holds the lease").isFalse();
        assertThat(first.sweep()).as("its holder renews it").isTrue();
        assertThat(second.sweep()).isFalse();

        first.start();
        first.stop();
        assertThat(second.sweep()).as("the first replica stopped and let the lease go").isTrue();
        assertThat(first.sweep()).isFalse();
    }

    /**
     * The sweep finds what no nudge announced by its mark (not by reading every document): a document saved with
     * a message after a mark is published once and its mark removed; one saved without a mark before the relay
     * started is found by the first sweep's query; a mark left by a save that never happened is dropped.
     */
    @Test
    void the_sweep_publishes_marked_documents_and_at_start_the_unmarked_ones_then_drops_the_marks() {
        String before = "before-" + System.nanoTime();
        mongo.insert(new org.bson.Document("_id", before).append("outbox", List.of(message(before))), "things");
        OutboxRelay relay = relay("replica-3");
        assertThat(relay.drain()).as("what a sweep drains").isEqualTo(1);
        assertThat(outboxOf(before)).as("found by the first sweep's query").isEmpty();

        String marked = "marked-" + System.nanoTime();
        relay.expect("things", marked);
        mongo.insert(new org.bson.Document("_id", marked).append("outbox", List.of(message(marked))), "things");
        relay.expect("things", "never-saved-" + System.nanoTime());
        String unmarked = "unmarked-" + System.nanoTime();
        mongo.insert(new org.bson.Document("_id", unmarked).append("outbox", List.of(message(unmarked))), "things");

        assertThat(relay.drain()).isEqualTo(1);
        assertThat(outboxOf(marked)).isEmpty();
        assertThat(outboxOf(unmarked)).as("later sweeps read marks only").hasSize(1);
        assertThat(mongo.getCollection(OutboxRelay.MARKS).countDocuments()).isZero();
    }

    /**
     * The backlog gauges read the marks: a document waiting five minutes shows as one document, five minutes old;
     * once it is published and swept, nothing waits.
     */
    @Test
    void the_backlog_gauges_count_the_waiting_documents_and_the_oldest_ones_wait() {
        MongoTemplate own = new MongoTemplate(MongoClients.create(store.uri()), "relay-meters-test");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(own, producer, List.of(new OutboxSource("things")), Duration.ofSeconds(10),
                meters, new Leases(own, Clock.systemUTC(), "replica-4"), Duration.ZERO);
        assertThat(meters.get("hmskort.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("hmskort.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS)).isZero();

        String waiting = "waiting-" + System.nanoTime();
        own.insert(new org.bson.Document("_id", waiting).append("outbox", List.of(message(waiting))), "things");
        own.insert(new org.bson.Document("_id", "things/" + waiting).append("collection", "things")
                .append("documentId", waiting).append("seq", 1)
                .append("since", Date.from(Instant.now().minus(Duration.ofMinutes(5)))), OutboxRelay.MARKS);
        String fresh = "fresh-" + System.nanoTime();
        relay.expect("things", fresh);
        own.insert(new org.bson.Document("_id", fresh).append("outbox", List.of(message(fresh))), "things");

        assertThat(meters.get("hmskort.outbox.backlog").gauge().value()).isEqualTo(2);
        assertThat(meters.get("hmskort.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS))
                .isBetween(300.0, 330.0);

        assertThat(relay.drain()).isEqualTo(2);
        assertThat(meters.get("hmskort.outbox.backlog").gauge().value()).isZero();
        assertThat(meters.get("hmskort.outbox.oldest.pending.age").timeGauge().value(TimeUnit.SECONDS)).isZero();
    }

    private static org.bson.Document message(String id) {
        return new org.bson.Document("eventId", id).append("topic", "relay-test-things").append("key", id)
                .append("type", "Thing").append("payload", "{}");
    }

    private static List<org.bson.Document> outboxOf(String id) {
        return mongo.findById(id, org.bson.Document.class, "things").getList("outbox", org.bson.Document.class);
    }

    private static OutboxRelay relay(String replica) {
        return new OutboxRelay(mongo, producer, List.of(new OutboxSource("things")), Duration.ofSeconds(10),
                new SimpleMeterRegistry(), new Leases(mongo, Clock.systemUTC(), replica));
    }
}
