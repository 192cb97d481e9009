package no.hmskort.order.ordering.model;

import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.ids.CardNumber;

/**
 * One person has one card of a type per business: a new line is refused while the same person, business and
 * type already has an open line or an active card, unless it replaces a blocked card of that person at that
 * business (a lost or stolen card's reorder).
 */
public final class DuplicateRule {

    private DuplicateRule() {
    }

    /** A card on record for the person at the business. */
    public record CardOnRecord(CardNumber cardNumber, String cardType, String status) {

        /** Blocked and expired are final; a valid or (for now) invalid card is the person's card. */
        boolean isActive() {
            return !"BLOCKED".equals(status) && !"EXPIRED".equals(status);
        }
    }

    public enum Refusal {
        OPEN_LINE("already has an open order line"),
        ACTIVE_CARD("already has an active card"),
        REPLACED_CARD_NOT_BLOCKED("the card to replace is not a blocked card of this person at this business");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * @param cards every card on record for the person at the business (any type)
     */
    public static Optional<Refusal> check(String cardType, CardNumber replaces, boolean openLineExists,
            List<CardOnRecord> cards) {
        if (replaces != null) {
            boolean blocked = cards.stream()
                    .anyMatch(c -> c.cardNumber().equals(replaces) && "BLOCKED".equals(c.status()));
            return blocked ? Optional.empty() : Optional.of(Refusal.REPLACED_CARD_NOT_BLOCKED);
        }
        if (openLineExists) {
            return Optional.of(Refusal.OPEN_LINE);
        }
        if (cards.stream().anyMatch(c -> c.cardType().equals(cardType) && c.isActive())) {
            return Optional.of(Refusal.ACTIVE_CARD);
        }
        return Optional.empty();
    }
}
