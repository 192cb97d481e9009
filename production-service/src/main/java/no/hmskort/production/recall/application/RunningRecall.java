package no.hmskort.production.recall.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.application.IssuingPrintJob;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.Replacement;
import no.hmskort.production.recall.model.Recall;
import no.hmskort.production.recall.model.RecallCriteria;
import no.hmskort.production.recall.model.ReplacementLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * A chip-defect recall: every matching card still in use gets an automatic, free replacement that goes
 * through printing as usual. Cards are visited a page at a time and the progress saved after each page,
 * so a recall interrupted by a restart resumes where it stopped; the replacement's line is keyed by the
 * old card, so visiting a card again (the overlap after a crash, or another recall) makes no second one.
 */
@Service
public class RunningRecall {

    private static final Logger log = LoggerFactory.getLogger(RunningRecall.class);

    private final Recalls recalls;
    private final RecalledCards recalled;
    private final ProductionCards cards;
    private final IssuingPrintJob issuing;
    private final Clock clock;
    private final int pageSize;
    private final Leases leases;
    /** Renewed after every page; long enough to outlast a pause, short enough for another replica to take over. */
    private static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "chip-defect-recall");
        thread.setDaemon(true);
        return thread;
    });

    RunningRecall(Recalls recalls, RecalledCards recalled, ProductionCards cards, IssuingPrintJob issuing, Clock clock,
            @Value("${hmskort.production.recall-page-size}") int pageSize, Leases leases) {
        this.leases = leases;
        this.recalls = recalls;
        this.recalled = recalled;
        this.cards = cards;
        this.issuing = issuing;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Records the recall and starts it in the background; its progress is at {@link #progress}. */
    public Recall start(RecallCriteria criteria, String reason) {
        Recall recall = Recall.requested(UUID.randomUUID(), criteria, reason, clock.instant());
        recalls.insert(recall);
        runner.submit(() -> runToEnd(recall.id()));
        return recall;
    }

    public Optional<Recall> progress(UUID id) {
        return recalls.find(id);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        recalls.unfinished().forEach(r -> runner.submit(() -> runToEnd(r.id())));
    }

    public sealed interface Resumed {
    }

    public record Resuming(Recall recall) implements Resumed {
    }

    public record AlreadyDone(Recall recall) implements Resumed {
    }

    public record Unknown() implements Resumed {
    }

    /**
     * The operator resumes a recall that stopped (a transient error): it goes on from the last card it
     * saved. Runs go one at a time, so resuming a recall that is still running only finds it done after.
     */
    public Resumed resume(UUID id) {
        Optional<Recall> found = recalls.find(id);
        if (found.isEmpty()) {
            return new Unknown();
        }
        if (found.get().done()) {
            return new AlreadyDone(found.get());
        }
        runner.submit(() -> runToEnd(id));
        return new Resuming(found.get());
    }

    /**
     * Runs the recall to its end on this replica, if it gets the recall's lease (one replica at a time: another
     * that started it, or resumed it at its own start, finds it taken and leaves it), renewed after every page.
     */
    public Recall runToEnd(UUID id) {
        leases.runExclusively("recall-" + id, LEASE, lease -> {
            try {
                Recall recall = recalls.find(id).orElseThrow();
                while (!recall.done()) {
                    if (!lease.renew()) {
                        throw new IllegalStateException("the recall's lease went to another replica");
                    }
                    recall = saved(recall, visitNextPage(recall));
                    log.info("Recall {}: {} matched, {} replaced, {} already replaced, {} not in use", recall.id(),
                            recall.matched(), recall.replaced(), recall.alreadyReplaced(), recall.skippedNotInUse());
                }
            } catch (RuntimeException e) {
                log.warn("Recall {} stopped; the operator can resume it, else it resumes on the next start: {}", id,
                        e.toString());
            }
        });
        return recalls.find(id).orElseThrow();
    }

    private Recall visitNextPage(Recall recall) {
        List<ProductionCard> page = recalled.page(recall.criteria(), recall.lastCardNumber(), pageSize);
        LocalDate today = Norway.today(clock);
        Recall visited = recall;
        for (ProductionCard card : page) {
            // The store's range is a string range: a UID of another length inside it is passed over.
            visited = visited.criteria().matches(card)
                    ? visited.counted(card.cardNumber().value(), replace(card, visited, today))
                    : visited.passedOver(card.cardNumber().value());
        }
        return page.size() < pageSize ? visited.finished(clock.instant()) : visited;
    }

    /** Saves a page's progress only onto the progress it started from: a replica that took over is not overwritten. */
    private Recall saved(Recall read, Recall next) {
        boolean kept = recalls.change(read.id(), current -> current.atProgressOf(read)
                ? Change.to(next, List.of(), true) : Change.<Recall, Boolean>none(false)).orElse(false);
        if (!kept) {
            throw new IllegalStateException("another replica moved the recall on");
        }
        return next;
    }

    private Recall.Outcome replace(ProductionCard card, Recall recall, LocalDate today) {
        if (!card.inUse(today)) {
            return Recall.Outcome.NOT_IN_USE;
        }
        Optional<ProductionCard> made = issuing.issue(ReplacementLine.of(card),
                new Replacement(recall.id(), recall.replacementReason(), false));
        if (made.isPresent()) {
            return Recall.Outcome.REPLACED;
        }
        boolean byThisRecall = cards.findByLine(ReplacementLine.idFor(card))
                .map(existing -> recall.id().equals(existing.replacement().recallId())).orElse(false);
        return byThisRecall ? Recall.Outcome.REPLACED : Recall.Outcome.ALREADY_REPLACED;
    }
}
