package no.hmskort.cardstatus.cards.application;

import no.hmskort.contracts.ids.CardNumber;

/**
 * A card was stored or changed, by this instance or (heard on the card-status topic) by another: whatever an
 * instance keeps of it in memory is stale from now on.
 */
public record CardWritten(CardNumber number) {
}
