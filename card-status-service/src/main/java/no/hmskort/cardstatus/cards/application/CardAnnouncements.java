package no.hmskort.cardstatus.cards.application;

import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.platform.messaging.OutboxMessage;

/** What access control hears of a card, ready to ride in the card's own write. */
public interface CardAnnouncements {

    /** The card's status as it now stands, with its reasons. */
    OutboxMessage statusChanged(Card card);
}
