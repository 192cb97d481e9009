package no.hmskort.production.printing.application;

import java.util.List;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.cardstatus.CardStatusEvent;
import no.hmskort.production.printing.persistence.ProductionCards;
import org.springframework.stereotype.Service;

/**
 * Keeps each card's last announced status, so a recall knows which cards are still in use. Newer wins:
 * a redelivered or late announcement changes nothing. Cards production never made are not its concern.
 */
@Service
public class FollowingCardStatus {

    private final ProductionCards cards;

    FollowingCardStatus(ProductionCards cards) {
        this.cards = cards;
    }

    public void apply(EventEnvelope<CardStatusEvent> envelope) {
        if (envelope.data() instanceof CardStatusChanged changed) {
            cards.change(changed.cardNumber(), document -> {
                var updated = document.card().withStatus(changed.status(), changed.changedAt());
                if (updated == document.card()) {
                    return false;
                }
                document.change(updated, List.of());
                return true;
            });
        }
    }
}
