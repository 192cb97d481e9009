package no.hmskort.cardstatus.cards.model;

/** A card's status as checked (domain file §6). BLOCKED and EXPIRED are terminal. */
public enum CardStatus {
    /** Registered, not yet judged against the registers (only until its first evaluation). */
    ISSUED,
    VALID,
    INVALID,
    BLOCKED,
    EXPIRED
}
