package no.hmskort.cardstatus.cards.messaging;

import java.time.Clock;
import no.hmskort.cardstatus.cards.application.CardAnnouncements;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.stereotype.Component;

/** A card's change as access control reads it: {@code CardStatusChanged} on the card-status topic. */
@Component
class CardStatusAnnouncements implements CardAnnouncements {

    private final Outbox outbox;
    private final Clock clock;

    CardStatusAnnouncements(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public OutboxMessage statusChanged(Card card) {
        return outbox.message(Topics.CARD_STATUS, new CardStatusChanged(card.cardNumber(), card.chipUid(),
                card.employer(), card.status().name(), card.reasons(), card.expiresOn(), clock.instant()));
    }
}
