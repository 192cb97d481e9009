package no.hmskort.order.ordering.model;

import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.ids.CardNumber;

/**
 * One person has one card of a type per business: a new line is refused while the same person, business and
 * type already has an open line or an active card. A reorder (a lost or stolen card's) names a blocked card of
 * that person, business and type, and each blocked card is replaced once: otherwise a reorder would be a way
 * around this rule.
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
        REPLACED_CARD_NOT_BLOCKED("the card to replace is not a blocked card of this type, person and business"),
        ALREADY_REPLACED("the card to replace has already been replaced");

        private final String reason;

        Refusal(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * @param alreadyReplaced a known card or an open line already replaces {@code replaces}
     * @param cards every card on record for the person at the business (any type)
     */
    public static Optional<Refusal> check(String cardType, CardNumber replaces, boolean openLineExists,
            boolean alreadyReplaced, List<CardOnRecord> cards) {
        if (openLineExists) {
            return Optional.of(Refusal.OPEN_LINE);
        }
        if (replaces != null) {
            boolean blocked = cards.stream().anyMatch(c -> c.cardNumber().equals(replaces)
                    && c.cardType().equals(cardType) && "BLOCKED".equals(c.status()));
            if (!blocked) {
                return Optional.of(Refusal.REPLACED_CARD_NOT_BLOCKED);
            }
            if (alreadyReplaced) {
                return Optional.of(Refusal.ALREADY_REPLACED);
            }
        }
        if (cards.stream().anyMatch(c -> c.cardType().equals(cardType) && c.isActive())) {
            return Optional.of(Refusal.ACTIVE_CARD);
        }
        return Optional.empty();
    }
}
