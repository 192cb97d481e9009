package no.hmskort.contracts.events.cards;

import java.time.Instant;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;

/**
 * The card ({@code cardNumber}) is replaced by {@code replacedBy}, which has reached its holder: card
 * status blocks the old card for good (reason REPLACED), unless it is blocked or expired already. Sent when
 * an employer's renewal or reorder is delivered, and 14 days after a chip-defect replacement is delivered.
 * Keyed by the old card's number.
 *
 * @param reason why it was replaced, in plain words, e.g. "chip defect recall 7f3c…"
 */
@EventType(name = "CardReplaced", version = 1)
public record CardReplaced(CardNumber cardNumber, CardNumber replacedBy, String reason, Instant replacedAt)
        implements CardEvent {
}
