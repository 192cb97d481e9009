package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
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
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Judges every card again against the current facts: nightly (register end dates pass at midnight), and
 * on an operator's request. Progress is saved after every batch, so a run interrupted by a restart goes
 * on from where it stopped; judging a card twice changes nothing, so the overlap is harmless.
 */
@Service
public class Reevaluation {

    private static final Logger log = LoggerFactory.getLogger(Reevaluation.class);
    private static final String JOB = "reevaluation";
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

    Reevaluation(Cards cards, EvaluatingCards evaluating, MongoTemplate mongo, Clock clock) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** How far the current (or last) run is. */
    public record Progress(@Id String job, String runId, Instant startedAt, String lastCardNumber, long processed,
            long changed, Instant finishedAt) {

        public boolean finished() {
            return finishedAt != null;
        }
    }

    public Progress progress() {
        Progress progress = mongo.findById(JOB, Progress.class, "jobs");
        return progress != null ? progress : new Progress(JOB, null, null, null, 0, 0, clock.instant());
    }

    /** Starts a new run, or resumes an unfinished one; returns its progress. Does nothing while one is running. */
    public Progress start() {
        if (!running.compareAndSet(false, true)) {
            return progress();
        }
        Progress run = beginOrResume();
        runner.submit(() -> {
            try {
                runToEnd(run);
            } catch (RuntimeException e) {
                log.warn("Re-evaluation stopped; it resumes on the next start: {}", e.toString());
            } finally {
                running.set(false);
            }
        });
        return run;
    }

    /** A run in the caller's thread, to the end (the benchmark and the tests); refused while one runs. */
    public Progress runNow() {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("a re-evaluation is already running");
        }
        try {
            return runToEnd(beginOrResume());
        } finally {
            running.set(false);
        }
    }

    private Progress beginOrResume() {
        Progress current = progress();
        Progress run = current.runId() != null && !current.finished() ? current
                : new Progress(JOB, java.util.UUID.randomUUID().toString(), clock.instant(), "", 0, 0, null);
        mongo.save(run, "jobs");
        return run;
    }

    private Progress runToEnd(Progress run) {
        Map<OrganisationNumber, BusinessFacts> businesses = new HashMap<>();
        Progress progress = run;
        List<String> batch;
        do {
            batch = cards.numbersAfter(progress.lastCardNumber(), BATCH);
            long changed = 0;
            for (String number : batch) {
                if (evaluating.judge(CardNumber.of(number), businesses).changed()) {
                    changed++;
                }
            }
            if (!batch.isEmpty()) {
                progress = new Progress(JOB, run.runId(), run.startedAt(), batch.getLast(),
                        progress.processed() + batch.size(), progress.changed() + changed, null);
                mongo.save(progress, "jobs");
                log.info("Re-evaluation: {} cards judged, {} changed", progress.processed(), progress.changed());
            }
            businesses.clear();
        } while (batch.size() == BATCH);
        progress = new Progress(JOB, run.runId(), run.startedAt(), progress.lastCardNumber(), progress.processed(),
                progress.changed(), clock.instant());
        mongo.save(progress, "jobs");
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
