package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import no.hmskort.platform.jobs.Leases;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
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
    private static final String JOB = "reevaluation";
    private static final String JOBS = "jobs";
    /** Renewed after every batch, which takes seconds; long enough to outlast a pause, short enough to take over. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Large: a page is one query, and the embedded store (no range index) scans the collection per query. */
    private static final int BATCH = 10_000;

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "card-reevaluation");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private final Leases leases;

    Reevaluation(Cards cards, EvaluatingCards evaluating, MongoTemplate mongo, Clock clock, Leases leases) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.mongo = mongo;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * How far the current (or last) run is.
     *
     * @param runner the replica that last saved it
     */
    public record Progress(@Id String job, @Version Long version, String runId, Instant startedAt,
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
        Progress progress = mongo.findById(JOB, Progress.class, JOBS);
        return progress != null ? progress : new Progress(JOB, null, null, null, null, 0, 0, clock.instant(), null);
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
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(JOB)), JOBS);
            current = progress();
        }
        if (current.runId() != null && !current.finished()) {
            return current;
        }
        return mongo.save(new Progress(JOB, current.version(), java.util.UUID.randomUUID().toString(), clock.instant(),
                "", 0, 0, null, leases.instance()), JOBS);
    }

    private Progress runToEnd(Progress run) {
        Map<OrganisationNumber, BusinessFacts> businesses = new HashMap<>();
        Progress progress = run;
        List<String> batch;
        do {
            if (!leases.take(JOB, LEASE)) {
                throw new IllegalStateException("the re-evaluation lease went to another replica");
            }
            batch = cards.numbersAfter(progress.lastCardNumber(), BATCH);
            long changed = 0;
            for (String number : batch) {
                if (evaluating.judge(CardNumber.of(number), businesses).changed()) {
                    changed++;
                }
            }
            if (!batch.isEmpty()) {
                // versioned: if another replica took over meanwhile, this save fails and this run stops
                progress = mongo.save(progress.after(batch.getLast(), batch.size(), changed, leases.instance()), JOBS);
                log.info("Re-evaluation: {} cards judged, {} changed", progress.processed(), progress.changed());
            }
            businesses.clear();
        } while (batch.size() == BATCH);
        progress = mongo.save(progress.finishedAt(clock.instant()), JOBS);
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
