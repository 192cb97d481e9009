package no.hmskort.platform.metrics;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per interval, for the gauges that count in the store or on the broker (outbox
 * backlog, order lines by state, dead letters): however often they are scraped, the store is asked once per
 * interval, and readers in between get the last figures. The first read happens on the first {@link #get()}.
 */
public final class Recent<T> {

    private final Supplier<T> read;
    private final long intervalNanos;
    private volatile T value;
    private volatile long readAt;
    private volatile boolean known;

    public Recent(Duration interval, Supplier<T> read) {
        this.read = read;
        this.intervalNanos = interval.toNanos();
    }

    public T get() {
        if (!fresh()) {
            synchronized (this) {
                if (!fresh()) {
                    value = read.get();
                    readAt = System.nanoTime();
                    known = true;
                }
            }
        }
        return value;
    }

    private boolean fresh() {
        return known && System.nanoTime() - readAt < intervalNanos;
    }
}
