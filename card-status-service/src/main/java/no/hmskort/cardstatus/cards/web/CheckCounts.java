package no.hmskort.cardstatus.cards.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The checks counted by kind and outcome ({@code hmskort.checks}): what a gate's morning looks like to an
 * operator, at the cost of an increment, since the checks are not observed request by request.
 */
@Component
class CheckCounts {

    enum Kind { PUBLIC, GATE }

    enum Outcome { ANSWERED, NOT_FOUND, INVALID_NUMBER, REFUSED }

    private final Counter[][] counters = new Counter[Kind.values().length][Outcome.values().length];

    CheckCounts(MeterRegistry meters) {
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

    void count(Kind kind, Outcome outcome) {
        counters[kind.ordinal()][outcome.ordinal()].increment();
    }
}
