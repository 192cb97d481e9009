package no.hmskort.cardstatus.cards.application;

import io.micrometer.core.instrument.MeterRegistry;
import no.hmskort.cardstatus.cards.model.Card;
import org.springframework.stereotype.Component;

/**
 * The counter {@code hmskort.card.status.changes}, tagged with the new {@code status} and its {@code reason}
 * ({@link Card#standingReason()}): one per status change announced to access control, counted by the use case
 * once the change is stored, so a decision taken again after a conflict is not counted twice.
 */
@Component
public class StatusChangeCounts {

    private final MeterRegistry meters;

    StatusChangeCounts(MeterRegistry meters) {
        this.meters = meters;
    }

    void changed(Card card) {
        meters.counter("hmskort.card.status.changes", "status", card.status().name(), "reason", card.standingReason())
                .increment();
    }
}
