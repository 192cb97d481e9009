package no.hmskort.production.printing.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.PoisonMessageException;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.persistence.ProductionCardDocument;
import no.hmskort.production.printing.persistence.ProductionCards;
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
    private final Outbox outbox;

    RecordingPrinterReport(ProductionCards cards, IssuingPrintJob printJobs, Outbox outbox) {
        this.cards = cards;
        this.printJobs = printJobs;
        this.outbox = outbox;
    }

    /**
     * A chip already on another card is not accepted: the card waits for the operator and no card is
     * issued. The chip's unique index settles two reports racing for one chip: the loser's save is
     * refused, and on reading again it finds the winner here.
     */
    public void printed(EventEnvelope<?> envelope, CardPrinted printed) {
        if (flaggedAsStray(printed)) {
            return;
        }
        change(envelope, printed.cardNumber(), ProductionCard::awaitsPrint, document -> {
            ProductionCard card = document.card();
            Optional<CardNumber> chipHolder = cards.holderOfChip(printed.chipUid())
                    .filter(other -> !other.equals(card.cardNumber()));
            if (chipHolder.isPresent()) {
                ProductionCard refused = card.chipAlreadyOn(chipHolder.get(), printed.chipUid());
                log.warn("Card {} reported printed with chip {}, which card {} already carries: now in the operator "
                        + "queue", card.cardNumber(), printed.chipUid(), chipHolder.get());
                document.change(refused, List.of());
                return;
            }
            ProductionCard done = card.printed(printed.chipUid(), printed.chipBatch(), Norway.dateOf(printed.printedAt()));
            document.change(done, List.of(outbox.message(Topics.CARDS, issued(done))));
        });
    }

    /**
     * A print reported for a card printed already, on another chip: the partner printed it twice (a print job
     * delivered twice that it did not recognise). The card stays as it is; the second chip is flagged for the
     * operator, since a second physical card exists that a gate would not know. True when the report was that.
     */
    private boolean flaggedAsStray(CardPrinted printed) {
        boolean[] stray = {false};
        cards.change(printed.cardNumber(), document -> {
            ProductionCard card = document.card();
            if (card.awaitsPrint() || card.chipUid() == null || card.chipUid().equals(printed.chipUid())) {
                return false;
            }
            stray[0] = true;
            if (!document.strayChip(new ProductionCardDocument.StrayChip(printed.chipUid(), printed.chipBatch(),
                    printed.printedAt()))) {
                return false;
            }
            log.warn("Card {} was printed again, on chip {} (it carries {}): the second card must be destroyed",
                    card.cardNumber(), printed.chipUid(), card.chipUid());
            return true;
        });
        return stray[0];
    }

    public void failed(EventEnvelope<?> envelope, PrintFailed failed) {
        change(envelope, failed.cardNumber(), ProductionCard::awaitsPrintJob, document -> {
            ProductionCard next = document.card().printFailed(failed.reason());
            if (next.awaitsPrintJob()) {
                next = printJobs.dated(next);
                document.change(next, List.of(printJobs.printJob(next)));
            } else {
                log.warn("Card {} failed to print {} times, now in the operator queue: {}", next.cardNumber(),
                        next.printAttempts(), failed.reason());
                document.change(next, List.of());
            }
        });
    }

    private void change(EventEnvelope<?> envelope, CardNumber number, Predicate<ProductionCard> applies,
            Consumer<ProductionCardDocument> apply) {
        cards.change(number, document -> {
            if (!applies.test(document.card()) || !document.applied().remember(envelope.id())) {
                return false;
            }
            apply.accept(document);
            return true;
        }).orElseThrow(() -> new PoisonMessageException("printer report for unknown card " + number));
    }

    private static CardIssued issued(ProductionCard card) {
        var line = card.line();
        return new CardIssued(card.cardNumber(), card.chipUid(), line.orderId(), line.lineId(), line.orderingUnit(),
                line.employer(), line.employerName(), line.cardType(), line.holder(), card.issuedOn(),
                card.expiresOn(), line.orderedAt(), line.replacesCard(), card.freeOfCharge());
    }
}
