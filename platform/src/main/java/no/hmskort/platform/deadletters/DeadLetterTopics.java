package no.hmskort.platform.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * This service's dead-letter topics, one per topic it consumes ({@code <topic>.<group>.dlt}), read and replayed
 * with plain Kafka clients on the binder's brokers: a consumer that is assigned every partition, reads from the
 * beginning to the end offsets it found and commits nothing (it has no group), and a producer that sends a
 * record back, bytes for bytes.
 */
public class DeadLetterTopics {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final SortedMap<String, String> originals;
    private final Map<String, Object> kafka;
    private final Map<String, Object> replay;

    /**
     * @param originals each dead-letter topic and the topic it belongs to
     * @param kafka the binder's client settings: {@code bootstrap.servers} and any security settings
     */
    public DeadLetterTopics(Map<String, String> originals, Map<String, Object> kafka) {
        this(originals, kafka, kafka);
    }

    /**
     * @param replay the replay producer's settings: the same brokers, perhaps another identity (the replay
     *     writes to topics the service itself may only read)
     */
    public DeadLetterTopics(Map<String, String> originals, Map<String, Object> kafka, Map<String, Object> replay) {
        this.replay = Map.copyOf(replay);
        this.originals = new TreeMap<>(originals);
        this.kafka = Map.copyOf(kafka);
    }

    /** The clients' settings, for checking where they came from. */
    Map<String, Object> settings() {
        return kafka;
    }

    /** The replay producer's settings. */
    Map<String, Object> replaySettings() {
        return replay;
    }

    public List<String> names() {
        return List.copyOf(originals.keySet());
    }

    /** The topic whose dead letters {@code deadLetterTopic} holds, if it is one of this service's. */
    public Optional<String> originalOf(String deadLetterTopic) {
        return Optional.ofNullable(originals.get(deadLetterTopic));
    }

    /**
     * How many records each of this service's dead-letter topics holds now (end offsets less beginning offsets,
     * over its partitions); a topic not created yet holds none. One metadata and two offset requests in all.
     */
    public Map<String, Long> counts(Duration timeout) {
        Map<String, Long> counts = new TreeMap<>();
        originals.keySet().forEach(topic -> counts.put(topic, 0L));
        try (KafkaConsumer<byte[], byte[]> consumer = reader()) {
            List<TopicPartition> partitions = consumer.listTopics(timeout).entrySet().stream()
                    .filter(topic -> originals.containsKey(topic.getKey()))
                    .flatMap(topic -> topic.getValue().stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return counts;
            }
            Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions, timeout);
            consumer.endOffsets(partitions, timeout).forEach((partition, end) ->
                    counts.merge(partition.topic(), end - beginnings.getOrDefault(partition, 0L), Long::sum));
        }
        return counts;
    }

    /** A consumer of no group that commits nothing and reads committed records from the beginning. */
    private KafkaConsumer<byte[], byte[]> reader() {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Every record now on the topic, in partition and offset order; none when the topic does not exist yet. */
    public List<DeadLetter> read(String deadLetterTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = reader()) {
            List<PartitionInfo> infos = consumer.partitionsFor(deadLetterTopic, READ_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            List<TopicPartition> unread = new ArrayList<>(partitions);
            List<DeadLetter> letters = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!unread.isEmpty()) {
                unread.removeIf(p -> consumer.position(p, READ_TIMEOUT) >= ends.get(p));
                if (unread.isEmpty()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + deadLetterTopic + " to its end within "
                            + READ_TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        letters.add(new DeadLetter(record));
                    }
                }
            }
            letters.sort(Comparator.comparing((DeadLetter d) -> d.record().partition())
                    .thenComparing(d -> d.record().offset()));
            return letters;
        }
    }

    /** Sends dead letters back where they came from, one at a time, each acknowledged before the next. */
    public Replayer replayer() {
        Map<String, Object> settings = new HashMap<>(replay);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new Replayer(new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    /** A producer for one replay request. */
    public final class Replayer implements AutoCloseable {

        private final KafkaProducer<byte[], byte[]> producer;

        private Replayer(KafkaProducer<byte[], byte[]> producer) {
            this.producer = producer;
        }

        /**
         * Publishes the dead letter to the topic its dead-letter topic belongs to, in its original partition, with
         * its key, value and original headers; returns where it landed once the broker acknowledged it.
         */
        public RecordMetadata publish(DeadLetter letter) throws ReplayFailedException {
            String topic = originalOf(letter.record().topic()).orElseThrow();
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                    letter.originalPartition().orElse(null), letter.record().key(), letter.record().value(),
                    letter.originalHeaders());
            try {
                return producer.send(record).get(READ_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReplayFailedException("interrupted");
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new ReplayFailedException(cause.getClass().getSimpleName() + ": " + cause.getMessage());
            }
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** The broker did not take a replayed record. */
    public static class ReplayFailedException extends Exception {

        public ReplayFailedException(String reason) {
            super(reason);
        }
    }
}
