package no.hmskort.cardstatus.cards.application;

/** Why a card was not blocked at an orderer's report. */
public enum BlockRefusal {
    /** Replacement is recorded by production when the new card reaches its holder, never reported by the orderer. */
    REPLACEMENT_IS_PRODUCTIONS,
    /** Another business's card is as unknown as a card that does not exist: the answer reveals nothing. */
    NO_SUCH_CARD,
    /** Blocked or expired already: final, so a second report changes nothing. */
    ALREADY_FINAL
}
