package no.hmskort.production.printing.application;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.persistence.ProductionCards;
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

    public record NotFailed(ProductionCard card) implements Result {
    }

    public record Unknown() implements Result {
    }

    public Result retry(CardNumber number) {
        AtomicReference<Result> result = new AtomicReference<>(new Unknown());
        cards.change(number, document -> {
            if (document.card().state() != ProductionState.PRINT_FAILED) {
                result.set(new NotFailed(document.card()));
                return false;
            }
            ProductionCard again = printJobs.dated(document.card().retriedByOperator(printJobs.attempts()));
            document.change(again, List.of(printJobs.printJob(again)));
            result.set(new Retried(again));
            return true;
        });
        return result.get();
    }
}
