package no.hmskort.cardstatus.cards.model;

/** A card's status as checked (domain file §6). BLOCKED and EXPIRED are terminal. */
public enum CardStatus {
    VALID,
    INVALID,
    BLOCKED,
    EXPIRED
}
