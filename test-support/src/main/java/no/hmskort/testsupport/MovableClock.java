package no.hmskort.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock, moved on demand (an upload link's expiry, a delegation's start date) and back again.
 * A service under test gets it as its {@code Clock} bean; every test that moves it resets it. A zone asked
 * for is kept (the moved instant shared), so the service's Norwegian "today" is the day the test moved to.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public MovableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    /** To noon of that day where {@code where} is: far from midnight, so the service and the test agree on the day. */
    public void moveTo(LocalDate day, ZoneId where) {
        offset.set(Duration.between(Instant.now(), day.atTime(LocalTime.NOON).atZone(where).toInstant()));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(offset, other);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }
}
