package no.hmskort.production.printing.application;

import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.store.Change;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import org.springframework.stereotype.Service;

/** The operator's queue of cards that failed every print attempt, and sending one to the printer again. */
@Service
public class RetryingFailedPrint {

    private final ProductionCards cards;
    private final IssuingPrintJob printJobs;

    RetryingFailedPrint(ProductionCards cards, IssuingPrintJob printJobs) {
        this.cards = cards;
        this.printJobs = printJobs;
    }

    public List<ProductionCard> queue() {
        return cards.inState(ProductionState.PRINT_FAILED);
    }

    public sealed interface Result {
    }

    public record Retried(ProductionCard card) implements Result {
    }

    /** Refused: only a card waiting in the print-failure queue is sent again. */
    public record NotFailed(ProductionCard card) implements Result {
    }

    public record Unknown() implements Result {
    }

    public Result retry(CardNumber number) {
        return cards.change(number, card -> {
            if (card.state() != ProductionState.PRINT_FAILED) {
                return Change.<ProductionCard, Result>none(new NotFailed(card));
            }
            ProductionCard again = printJobs.dated(card.retriedByOperator(printJobs.attempts()));
            return Change.<ProductionCard, Result>to(again, List.of(printJobs.printJob(again)), new Retried(again));
        }).orElseGet(Unknown::new);
    }
}
