package no.hmskort.platform.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import no.hmskort.platform.metrics.Recent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauge {@code hmskort.dead.letters}: how many records each of the service's dead-letter topics holds, tagged
 * with the dead-letter topic and the topic it serves. Read from the broker, not counted as this instance sends
 * them, so every replica reports the same figure and a dead letter that another replica sent is counted too.
 * The figures are read at most every {@code fresh}, when a gauge is read.
 */
public class DeadLetterCounts {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterCounts.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private final Recent<Map<String, Long>> counts;

    public DeadLetterCounts(DeadLetterTopics topics, MeterRegistry meters, Duration fresh) {
        this.counts = new Recent<>(fresh, () -> {
            try {
                return topics.counts(READ_TIMEOUT);
            } catch (RuntimeException e) {
                log.warn("Could not count dead letters: {}", e.toString());
                return Map.of();
            }
        });
        for (String topic : topics.names()) {
            Gauge.builder("hmskort.dead.letters", this, counts -> counts.of(topic))
                    .description("records in the dead-letter topic (messages a consumer gave up on)")
                    .tag("topic", topic).tag("source", topics.originalOf(topic).orElseThrow())
                    .register(meters);
        }
    }

    /** The topic's count; NaN when the broker could not be asked (a gap in the graph, not a false zero). */
    double of(String topic) {
        Long count = counts.get().get(topic);
        return count == null ? Double.NaN : count;
    }
}
