package no.hmskort.contracts.cards;

/**
 * A card's status as card-status-service judges it (domain file §6), the one list every service reads
 * {@code CardStatusChanged.status} against. BLOCKED and EXPIRED are final: nothing brings such a card back.
 */
public enum CardStatus {
    /** Registered, not yet judged against the registers (only until its first evaluation). */
    ISSUED,
    VALID,
    INVALID,
    BLOCKED,
    EXPIRED;

    /** Blocked or expired: the card will never be valid again and is no longer in use. */
    public boolean isFinal() {
        return this == BLOCKED || this == EXPIRED;
    }

    /**
     * The status named in an event; a status this reader does not know (a newer producer) is read as
     * INVALID, never as valid, so an old consumer errs on the safe side.
     */
    public static CardStatus read(String name) {
        for (CardStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return INVALID;
    }
}
