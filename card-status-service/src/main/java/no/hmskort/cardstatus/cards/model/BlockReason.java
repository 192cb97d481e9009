package no.hmskort.cardstatus.cards.model;

/** Why a card is blocked, for good. */
public enum BlockReason {
    LOST,
    STOLEN,
    /** Returned to the employer when the employment ended, to be destroyed. */
    RETURNED,
    /** Replaced by a newer card for the same person and business. */
    REPLACED
}
