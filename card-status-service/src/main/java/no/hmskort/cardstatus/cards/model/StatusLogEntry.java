package no.hmskort.cardstatus.cards.model;

import java.time.Instant;
import no.hmskort.contracts.cards.CardStatus;

/**
 * One line of a card's status log: what happened, when, and why.
 *
 * @param event ORDERED, PRINTED, VALIDITY_CHANGED, BLOCKED, EXPIRED, ...
 * @param status the card's status after it
 */
public record StatusLogEntry(Instant at, String event, CardStatus status, String detail) {
}
