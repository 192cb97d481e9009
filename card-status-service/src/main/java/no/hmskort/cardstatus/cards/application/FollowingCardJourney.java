package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.LocalDate;
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
import no.hmskort.platform.messaging.PoisonMessageException;
import org.springframework.stereotype.Service;

/**
 * A card's way to its holder, in its status log: shipped, delivered, and blocked for good when production
 * reports that a replacement reached the holder. A redelivered event finds its line already logged.
 */
@Service
public class FollowingCardJourney {

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

    public void shipped(CardShipped shipped) {
        log(shipped.cardNumber(), "SHIPPED", shipped.shippedOn(), "shipped in shipment " + shipped.shipmentId());
    }

    public void delivered(CardDelivered delivered) {
        log(delivered.cardNumber(), "DELIVERED", delivered.deliveredOn(),
                "delivered with shipment " + delivered.shipmentId());
    }

    public void replaced(CardReplaced replaced) {
        CardDocument document = card(replaced.cardNumber());
        Card blocked = document.card().block(BlockReason.REPLACED, replaced.replacedAt(),
                "replaced by card " + replaced.replacedBy() + ": " + replaced.reason());
        if (blocked != null) {
            document.change(blocked, List.of(outbox.message(Topics.CARD_STATUS, evaluating.statusChanged(blocked))));
            cards.save(document);
        }
    }

    private void log(CardNumber number, String event, LocalDate on, String detail) {
        CardDocument document = card(number);
        Card card = document.card();
        if (card.hasLogged(event, detail)) {
            return;
        }
        document.change(card.logged(new StatusLogEntry(on.atStartOfDay(RegisteringIssuedCard.NORWAY).toInstant(),
                event, card.status(), detail)), List.of());
        cards.save(document);
    }

    /** Production reports only cards it issued, and on the same partition before: an unknown card is poison. */
    private CardDocument card(CardNumber number) {
        return cards.find(number).orElseThrow(() -> new PoisonMessageException("no issued card " + number));
    }
}
