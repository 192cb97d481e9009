package no.hmskort.cardstatus.cards.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The checks counted by kind and outcome ({@code hmskort.checks}): what a gate's morning looks like to an
 * operator, at the cost of an increment, since the checks are not observed request by request; and how long
 * each public check took ({@code hmskort.checks.duration}), for the alert on its p99.
 */
@Component
class CheckCounts {

    enum Kind { PUBLIC, GATE }

    enum Outcome { ANSWERED, NOT_FOUND, INVALID_NUMBER, REFUSED }

    private final Counter[][] counters = new Counter[Kind.values().length][Outcome.values().length];
    private final Timer publicDuration;

    CheckCounts(MeterRegistry meters) {
        // a few fixed buckets around the target (p99 under 50 ms) rather than a full histogram: few series, and
        // histogram_quantile over them is as exact as the alert needs
        this.publicDuration = Timer.builder("hmskort.checks.duration").description("public card checks, end to end in the service")
                .tag("kind", "public")
                .serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
                        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100),
                        Duration.ofMillis(250), Duration.ofSeconds(1))
                .register(meters);
        for (Kind kind : Kind.values()) {
            for (Outcome outcome : Outcome.values()) {
                counters[kind.ordinal()][outcome.ordinal()] = Counter.builder("hmskort.checks")
                        .description("card checks by kind and outcome")
                        .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .register(meters);
            }
        }
    }

    void timePublic(long nanos) {
        publicDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    void count(Kind kind, Outcome outcome) {
        counters[kind.ordinal()][outcome.ordinal()].increment();
    }
}
