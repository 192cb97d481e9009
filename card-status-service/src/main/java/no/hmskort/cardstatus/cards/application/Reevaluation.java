package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.jobs.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Judges every card again against the current facts: nightly (register end dates pass at midnight), and
 * on an operator's request. One replica runs it at a time, holding the {@code reevaluation} lease and
 * renewing it after every batch; progress is saved after every batch (versioned: a replica that lost the
 * lease cannot overwrite the new holder's progress), so a run interrupted by a restart, here or on another
 * replica, goes on from where it stopped; judging a card twice changes nothing, so the overlap is harmless.
 */
@Service
public class Reevaluation {

    private static final Logger log = LoggerFactory.getLogger(Reevaluation.class);
    /** The lease's name and the progress record's id. */
    public static final String JOB = "reevaluation";
    /** Renewed after every batch, which takes seconds; long enough to outlast a pause, short enough to take over. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Large: a page is one query, and the embedded store (no range index) scans the collection per query. */
    private static final int BATCH = 10_000;

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final ReevaluationRuns runs;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "card-reevaluation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final Leases leases;

    Reevaluation(Cards cards, EvaluatingCards evaluating, ReevaluationRuns runs, Clock clock, Leases leases) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.runs = runs;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * How far the current (or last) run is.
     *
     * @param version the stored version, for the check that keeps a replica that lost the lease from saving
     * @param lastCardNumber the last card judged; empty before the first
     * @param runner the replica that last saved it
     */
    public record Progress(String job, Long version, String runId, Instant startedAt,
            String lastCardNumber, long processed, long changed, Instant finishedAt, String runner) {

        public boolean finished() {
            return finishedAt != null;
        }

        Progress after(String lastCard, long more, long moreChanged, String by) {
            return new Progress(job, version, runId, startedAt, lastCard, processed + more, changed + moreChanged,
                    null, by);
        }

        Progress finishedAt(Instant at) {
            return new Progress(job, version, runId, startedAt, lastCardNumber, processed, changed, at, runner);
        }
    }

    public Progress progress() {
        return runs.current().orElseGet(() -> new Progress(JOB, null, null, null, null, 0, 0, clock.instant(), null));
    }

    /**
     * Starts a new run, or resumes an unfinished one, in the background; returns its progress. Does nothing
     * while one is running here or on another replica.
     */
    public Progress start() {
        if (!running.compareAndSet(false, true)) {
            return progress();
        }
        if (!leases.take(JOB, LEASE)) {
            running.set(false);
            return progress();
        }
        Progress run;
        try {
            run = beginOrResume();
        } catch (RuntimeException e) {
            leases.release(JOB);
            running.set(false);
            throw e;
        }
        runner.submit(() -> {
            try {
                runToEnd(run);
            } catch (RuntimeException e) {
                log.warn("Re-evaluation stopped; it resumes on the next start: {}", e.toString());
            } finally {
                leases.release(JOB);
                running.set(false);
            }
        });
        return run;
    }

    /**
     * A run in the caller's thread, to the end (the benchmark and the tests); refused while one runs here or on
     * another replica.
     */
    public Progress runNow() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("a re-evaluation is already running");
        }
        try {
            if (!leases.take(JOB, LEASE)) {
                throw new IllegalStateException("a re-evaluation is already running on another replica");
            }
            try {
                return runToEnd(beginOrResume());
            } finally {
                leases.release(JOB);
            }
        } finally {
            running.set(false);
        }
    }

    private Progress beginOrResume() {
        Progress current = progress();
        if (current.runId() != null && current.version() == null) {
            // saved before progress was versioned: start over, versioned (judging again changes nothing)
            runs.discard();
            current = progress();
        }
        if (current.runId() != null && !current.finished()) {
            return current;
        }
        return runs.save(new Progress(JOB, current.version(), UUID.randomUUID().toString(), clock.instant(), "", 0, 0,
                null, leases.instance()));
    }

    private Progress runToEnd(Progress run) {
        Progress progress = run;
        List<CardNumber> batch;
        do {
            if (!leases.take(JOB, LEASE)) {
                throw new IllegalStateException("the re-evaluation lease went to another replica");
            }
            String last = progress.lastCardNumber();
            batch = cards.numbersAfter(last == null || last.isEmpty() ? null : CardNumber.of(last), BATCH);
            if (!batch.isEmpty()) {
                long changed = evaluating.judgePage(batch);
                // versioned: if another replica took over meanwhile, this save fails and this run stops
                progress = runs.save(progress.after(batch.getLast().value(), batch.size(), changed, leases.instance()));
                log.info("Re-evaluation: {} cards judged, {} changed", progress.processed(), progress.changed());
            }
        } while (batch.size() == BATCH);
        progress = runs.save(progress.finishedAt(clock.instant()));
        log.info("Re-evaluated {} cards, {} changed", progress.processed(), progress.changed());
        return progress;
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Oslo")
    void nightly() {
        start();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        Progress current = progress();
        if (current.runId() != null && !current.finished()) {
            start();
        }
    }
}
