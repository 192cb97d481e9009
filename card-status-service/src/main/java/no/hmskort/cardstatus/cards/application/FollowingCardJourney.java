package no.hmskort.cardstatus.cards.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.store.Change;
import org.springframework.stereotype.Service;

/**
 * A card's way to its holder, in its status log: shipped, delivered, and blocked for good when production
 * reports that a replacement reached the holder. A redelivered event finds its line already logged; a
 * judging landing meanwhile makes the store decide again on the card as it then is.
 */
@Service
public class FollowingCardJourney {

    private final Cards cards;
    private final CardAnnouncements announcements;
    private final StatusChangeCounts counts;

    FollowingCardJourney(Cards cards, CardAnnouncements announcements, StatusChangeCounts counts) {
        this.cards = cards;
        this.announcements = announcements;
        this.counts = counts;
    }

    /** @param at when production recorded the shipment */
    public void shipped(CardNumber card, UUID shipment, Instant at) {
        log(card, "SHIPPED", at, "shipped in shipment " + shipment);
    }

    /** @param at when production recorded the delivery */
    public void delivered(CardNumber card, UUID shipment, Instant at) {
        log(card, "DELIVERED", at, "delivered with shipment " + shipment);
    }

    /**
     * The replacement reached the holder: the old card is blocked for good, unless it is blocked or expired
     * already.
     *
     * @param why why it was replaced, in plain words
     */
    public void replaced(CardNumber card, CardNumber replacedBy, String why, Instant at) {
        String detail = "replaced by card " + replacedBy + ": " + why;
        Optional<Card> blocked = cards.change(card, current -> current.block(BlockReason.REPLACED, at, detail)
                .map(replaced -> Change.to(replaced, List.of(announcements.statusChanged(replaced)), Optional.of(replaced)))
                .orElseGet(() -> Change.none(Optional.<Card>empty())))
                .orElseThrow(() -> unknown(card));
        blocked.ifPresent(counts::changed);
    }

    private void log(CardNumber number, String event, Instant at, String detail) {
        change(number, card -> card.hasLogged(event, detail) ? Change.none(false)
                : Change.to(card.logged(new StatusLogEntry(at, event, card.status(), detail)), List.of(), true));
    }

    /**
     * Production ships a card only after its {@code CardIssued} is out, on the same partition: an unknown
     * card is not ours to guess about. It is retried (the registration may be a moment behind) and then
     * dead-lettered with this reason.
     */
    private void change(CardNumber number, Function<Card, Change<Card, Boolean>> decide) {
        cards.change(number, decide).orElseThrow(() -> unknown(number));
    }

    private static IllegalStateException unknown(CardNumber number) {
        return new IllegalStateException("no issued card " + number + " yet");
    }
}
