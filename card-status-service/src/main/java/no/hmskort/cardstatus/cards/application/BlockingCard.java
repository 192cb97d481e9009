package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.util.List;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.contracts.events.Topics;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/** An orderer reports a card lost, stolen or returned: it is blocked at once, for good. */
@Service
public class BlockingCard {

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final Outbox outbox;
    private final Clock clock;

    BlockingCard(Cards cards, EvaluatingCards evaluating, Outbox outbox, Clock clock) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns the blocked card, or null when it was already blocked or expired. */
    public Card block(CardDocument document, BlockReason reason) {
        Card blocked = document.card().block(reason, clock.instant());
        if (blocked == null) {
            return null;
        }
        document.change(blocked, List.of(outbox.message(Topics.CARD_STATUS, evaluating.statusChanged(blocked))));
        cards.save(document);
        return blocked;
    }
}
