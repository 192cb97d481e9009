package no.hmskort.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates in the scheme are Norwegian dates: a price, a card-type rule, a register's end date or a card's
 * expiry changes at midnight in Oslo, not in UTC. Every service takes "today" from here.
 */
public final class Norway {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private Norway() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
