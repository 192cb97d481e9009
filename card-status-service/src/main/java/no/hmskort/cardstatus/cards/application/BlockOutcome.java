package no.hmskort.cardstatus.cards.application;

import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.cards.CardStatus;

/** What reporting a card lost, stolen or returned came to: blocked now, or refused by a named rule. */
public sealed interface BlockOutcome {

    record Blocked(Card card) implements BlockOutcome {
    }

    /** @param status the card's status when refused; null when there is no such card for the business */
    record Refused(BlockRefusal rule, CardStatus status) implements BlockOutcome {
    }
}
