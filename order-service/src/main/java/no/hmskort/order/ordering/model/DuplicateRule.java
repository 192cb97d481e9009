package no.hmskort.order.ordering.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;

/**
 * One person has one card of a type per business: a new line is refused while the same person, business and
 * type already has an open line or an active card. A line may name the card it replaces: a blocked card
 * (lost, stolen: a reorder), or an active card that expires within the renewal window (a renewal, so the
 * holder is never without a valid card; the old card stays valid until the new one is delivered). Each card is
 * replaced once: otherwise replacing would be a way around this rule.
 */
public final class DuplicateRule {

    private DuplicateRule() {
    }

    /** A card on record for the person at the business. */
    public record CardOnRecord(CardNumber cardNumber, CardType cardType, CardStatus status, LocalDate expiresOn) {

        /** Blocked and expired are final; a valid or (for now) invalid card is the person's card. */
        boolean isActive() {
            return !status.isFinal();
        }

        boolean isBlocked() {
            return status == CardStatus.BLOCKED;
        }
    }

    public enum Refusal {
        OPEN_LINE("already has an open order line"),
        ACTIVE_CARD("already has an active card"),
        REPLACED_CARD_NOT_BLOCKED("the card to replace is not a blocked card, nor one due for renewal, of this type, "
                + "person and business"),
        RENEWAL_TOO_EARLY("the card to renew is not yet within the renewal window before its expiry"),
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
     * @param renewalWindow how long before its expiry a card may be renewed
     */
    public static Optional<Refusal> check(CardType cardType, CardNumber replaces, boolean openLineExists,
            boolean alreadyReplaced, List<CardOnRecord> cards, LocalDate today, Period renewalWindow) {
        if (openLineExists) {
            return Optional.of(Refusal.OPEN_LINE);
        }
        if (replaces != null) {
            Optional<CardOnRecord> replaced = cards.stream()
                    .filter(c -> c.cardNumber().equals(replaces) && c.cardType().equals(cardType)).findFirst();
            Optional<Refusal> refusal = replaced.map(c -> replaceable(c, today, renewalWindow))
                    .orElse(Optional.of(Refusal.REPLACED_CARD_NOT_BLOCKED));
            if (refusal.isPresent()) {
                return refusal;
            }
            if (alreadyReplaced) {
                return Optional.of(Refusal.ALREADY_REPLACED);
            }
        }
        if (cards.stream().anyMatch(c -> c.cardType().equals(cardType) && c.isActive() && !c.cardNumber().equals(replaces))) {
            return Optional.of(Refusal.ACTIVE_CARD);
        }
        return Optional.empty();
    }

    /** The first day a card expiring on {@code expiresOn} may be renewed. */
    public static LocalDate renewableFrom(LocalDate expiresOn, Period renewalWindow) {
        return expiresOn.minus(renewalWindow);
    }

    private static Optional<Refusal> replaceable(CardOnRecord card, LocalDate today, Period renewalWindow) {
        if (card.isBlocked()) {
            return Optional.empty();
        }
        if (!card.isActive() || card.expiresOn() == null) {
            return Optional.of(Refusal.REPLACED_CARD_NOT_BLOCKED);
        }
        return today.isBefore(renewableFrom(card.expiresOn(), renewalWindow)) ? Optional.of(Refusal.RENEWAL_TOO_EARLY)
                : Optional.empty();
    }
}
