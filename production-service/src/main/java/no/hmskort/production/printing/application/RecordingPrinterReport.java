package no.hmskort.production.printing.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.model.StrayChip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The printer partner reports a card printed (with its chip) or failed. A failure sends the print job
 * out again while retries are left, then puts the card in the operator queue: never dropped. A print
 * with a chip that is already on another card goes to the queue at once. A report is applied once,
 * however often it is delivered, and only to a card waiting for its print (a success reported late still
 * takes a card out of the operator queue).
 */
@Service
public class RecordingPrinterReport {

    private static final Logger log = LoggerFactory.getLogger(RecordingPrinterReport.class);

    private final ProductionCards cards;
    private final IssuingPrintJob printJobs;
    private final CardAnnouncements announcements;
    private final Counter issued;

    RecordingPrinterReport(ProductionCards cards, IssuingPrintJob printJobs, CardAnnouncements announcements,
            MeterRegistry meters) {
        this.cards = cards;
        this.printJobs = printJobs;
        this.announcements = announcements;
        this.issued = Counter.builder("hmskort.cards.issued").description("cards printed on a chip and issued")
                .register(meters);
    }

    /** The partner printed the card on the chip. {@code reportId} tells a redelivered report apart. */
    public record Printed(UUID reportId, CardNumber cardNumber, ChipUid chipUid, String chipBatch, Instant printedAt) {
    }

    /** The partner could not print the card. */
    public record Failed(UUID reportId, CardNumber cardNumber, String reason) {
    }

    /** What became of a report: applied, or changing nothing (a redelivery, a card past it); or no such card. */
    public enum Outcome { APPLIED, NOTHING_TO_DO, UNKNOWN_CARD }

    /**
     * A chip already on another card is not accepted: the card waits for the operator and no card is
     * issued. The chip's unique index settles two reports racing for one chip: the loser's save is
     * refused, and on deciding again it finds the winner here.
     */
    public Outcome printed(Printed printed) {
        if (flaggedAsStray(printed)) {
            return Outcome.NOTHING_TO_DO;
        }
        Applied applied = change(printed.reportId(), printed.cardNumber(), ProductionCard::awaitsPrint, card -> {
            Optional<CardNumber> chipHolder = cards.holderOfChip(printed.chipUid())
                    .filter(other -> !other.equals(card.cardNumber()));
            if (chipHolder.isPresent()) {
                log.warn("Card {} reported printed with chip {}, which card {} already carries: now in the operator "
                        + "queue", card.cardNumber(), printed.chipUid(), chipHolder.get());
                return Change.to(card.chipAlreadyOn(chipHolder.get(), printed.chipUid()), List.of());
            }
            ProductionCard done = card.printed(printed.chipUid(), printed.chipBatch(),
                    Norway.dateOf(printed.printedAt()));
            return Change.to(done, List.of(announcements.issued(done)));
        });
        if (applied.outcome() == Outcome.APPLIED && applied.card().state() == ProductionState.PRINTED) {
            issued.increment(); // once the card and its CardIssued are stored, not per attempt
        }
        return applied.outcome();
    }

    /**
     * A print reported for a card printed already, on another chip: the partner printed it twice (a print job
     * delivered twice that it did not recognise). The card stays as it is; the second chip is flagged for the
     * operator, since a second physical card exists that a gate would not know. True when the report was that.
     */
    private boolean flaggedAsStray(Printed printed) {
        return cards.changeRecord(printed.cardNumber(), record -> {
            ProductionCard card = record.card();
            if (card.awaitsPrint() || card.chipUid() == null || card.chipUid().equals(printed.chipUid())) {
                return Change.none(false);
            }
            CardRecord flagged = record.withStrayChip(new StrayChip(printed.chipUid(), printed.chipBatch(),
                    printed.printedAt()));
            if (flagged.equals(record)) {
                return Change.none(true);
            }
            log.warn("Card {} was printed again, on chip {} (it carries {}): the second card must be destroyed",
                    card.cardNumber(), printed.chipUid(), card.chipUid());
            return Change.to(flagged, List.of(), true);
        }).orElse(false);
    }

    public Outcome failed(Failed failed) {
        return change(failed.reportId(), failed.cardNumber(), ProductionCard::awaitsPrintJob, card -> {
            ProductionCard next = card.printFailed(failed.reason());
            if (next.awaitsPrintJob()) {
                next = printJobs.dated(next);
                return Change.to(next, List.of(printJobs.printJob(next)));
            }
            log.warn("Card {} failed to print {} times, now in the operator queue: {}", next.cardNumber(),
                    next.printAttempts(), failed.reason());
            return Change.to(next, List.of());
        }).outcome();
    }

    /** What a report did, and the card as it left it (null when it did nothing). */
    private record Applied(Outcome outcome, ProductionCard card) {
    }

    /** Applies a report once, to a card it {@code applies} to, remembering it in the same write. */
    private Applied change(UUID report, CardNumber number, Predicate<ProductionCard> applies,
            Function<ProductionCard, Change<ProductionCard, ProductionCard>> decide) {
        return cards.changeRecord(number, record -> {
            if (!applies.test(record.card()) || record.applied(report)) {
                return Change.<CardRecord, Applied>none(new Applied(Outcome.NOTHING_TO_DO, null));
            }
            Change<ProductionCard, ProductionCard> change = decide.apply(record.card());
            return Change.to(record.with(change.changed()).remembering(report), change.events(),
                    new Applied(Outcome.APPLIED, change.changed()));
        }).orElse(new Applied(Outcome.UNKNOWN_CARD, null));
    }
}
