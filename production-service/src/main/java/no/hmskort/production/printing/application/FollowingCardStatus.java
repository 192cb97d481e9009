package no.hmskort.production.printing.application;

import java.time.Instant;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.store.Change;
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

    /** Card status announced {@code status} for the card at {@code at}. */
    public record StatusAnnounced(CardNumber cardNumber, CardStatus status, Instant at) {
    }

    public void apply(StatusAnnounced announced) {
        cards.change(announced.cardNumber(),
                card -> Change.toOrSame(card, card.withStatus(announced.status(), announced.at())));
    }
}
