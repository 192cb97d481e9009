package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/**
 * A card's way to its holder, in its status log: shipped, delivered, and blocked for good when production
 * reports that a replacement reached the holder. A redelivered event finds its line already logged.
 */
@Service
public class FollowingCardJourney {

    private static final int ATTEMPTS = 5;

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final Outbox outbox;
    private final Clock clock;

    FollowingCardJourney(Cards cards, EvaluatingCards evaluating, Outbox outbox, Clock clock) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param at when production recorded the shipment (the event's time) */
    public void shipped(CardShipped shipped, Instant at) {
        log(shipped.cardNumber(), "SHIPPED", at, "shipped in shipment " + shipped.shipmentId());
    }

    /** @param at when production recorded the delivery (the event's time) */
    public void delivered(CardDelivered delivered, Instant at) {
        log(delivered.cardNumber(), "DELIVERED", at, "delivered with shipment " + delivered.shipmentId());
    }

    public void replaced(CardReplaced replaced) {
        changeWithRetry(replaced.cardNumber(), document -> {
            Card blocked = document.card().block(BlockReason.REPLACED, replaced.replacedAt(),
                    "replaced by card " + replaced.replacedBy() + ": " + replaced.reason());
            if (blocked == null) {
                return false;
            }
            document.change(blocked, List.of(outbox.message(Topics.CARD_STATUS, evaluating.statusChanged(blocked))));
            return true;
        });
    }

    private void log(CardNumber number, String event, Instant at, String detail) {
        changeWithRetry(number, document -> {
            Card card = document.card();
            if (card.hasLogged(event, detail)) {
                return false;
            }
            document.change(card.logged(new StatusLogEntry(at, event, card.status(), detail)), List.of());
            return true;
        });
    }

    /** Applies a change to the card as it is now; a concurrent change (a judging) makes it read and try again. */
    private void changeWithRetry(CardNumber number, java.util.function.Predicate<CardDocument> change) {
        for (int attempt = 1; ; attempt++) {
            CardDocument document = card(number);
            if (!change.test(document)) {
                return;
            }
            try {
                cards.save(document);
                return;
            } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Production ships a card only after its {@code CardIssued} is out, on the same partition: an unknown
     * card is not ours to guess about. It is retried (the registration may be a moment behind) and then
     * dead-lettered with this reason.
     */
    private CardDocument card(CardNumber number) {
        return cards.find(number).orElseThrow(() -> new IllegalStateException("no issued card " + number + " yet"));
    }
}
