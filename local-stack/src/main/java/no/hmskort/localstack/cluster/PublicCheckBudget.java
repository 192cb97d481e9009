package no.hmskort.localstack.cluster;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import no.hmskort.localstack.cluster.FrontDoor.RateLimit;

/**
 * Against enumeration of card numbers: each client address has a bucket of {@code burst} public checks, refilled
 * at {@code perSecond}; a check finding it empty is refused. One map look-up and one bucket per check. The
 * address is the connection's, never X-Forwarded-For, which a caller could vary at will.
 *
 * <p>A bucket that has refilled to the brim is the same as no bucket, so once a second the check that notices
 * drops every full one: the map holds only the addresses that checked in the last few seconds
 * ({@code burst / perSecond}). More than {@link #MAX_CALLERS} of those at once is no real use of the check;
 * then every bucket is dropped, which costs the callers nothing beyond one burst more.
 */
final class PublicCheckBudget {

    private static final String PUBLIC_CHECKS = "/api/public/cards/";
    static final int MAX_CALLERS = 100_000;
    private static final long SWEEP_EVERY = Duration.ofSeconds(1).toNanos();

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    PublicCheckBudget(RateLimit limit, LongSupplier nanoTime) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * Whether a request spends the budget, judged by its path as the service will match it: decoded, without path
     * parameters, empty or dot segments, so that {@code /api/public/%63ards/1}, {@code //api/public;v=1/cards/1} or
     * {@code /api/x/../public/cards/1} are checks too.
     */
    static boolean isPublicCheck(String pathAndQuery) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : pathAndQuery.split("\\?", 2)[0].split("/")) {
            String name = URLDecoder.decode(segment.split(";", 2)[0].replace("+", "%2B"), StandardCharsets.UTF_8);
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return ("/" + String.join("/", segments)).startsWith(PUBLIC_CHECKS);
    }

    boolean allows(String address) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        return buckets.computeIfAbsent(address, a -> new Bucket(now)).take(now);
    }

    /** How many addresses have a bucket now. */
    int callers() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        boolean due = now - last >= SWEEP_EVERY || buckets.size() >= MAX_CALLERS;
        if (due && lastSweep.compareAndSet(last, now)) {
            // a check racing the sweep may take from a bucket just dropped: at most one check more, once
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
            if (buckets.size() >= MAX_CALLERS) {
                buckets.clear();
            }
        }
    }

    private final class Bucket {

        private double checks = limit.burst();
        private long refilledAt;

        Bucket(long now) {
            this.refilledAt = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (checks < 1) {
                return false;
            }
            checks -= 1;
            return true;
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return checks >= limit.burst();
        }

        private void refill(long now) {
            checks = Math.min(limit.burst(), checks + (now - refilledAt) * limit.perSecond() / 1e9);
            refilledAt = now;
        }
    }
}
