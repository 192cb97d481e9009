package no.hmskort.production.recall.model;

import java.time.Instant;
import java.util.UUID;

/**
 * A chip-defect recall and how far it has come. Cards are visited in card-number order, a page at a
 * time; the last card number visited is kept, so a recall interrupted by a restart goes on from there.
 *
 * @param matched cards with a chip the recall names
 * @param replaced replacements this recall made
 * @param alreadyReplaced matching cards that already had a replacement (from an earlier recall)
 * @param skippedNotInUse matching cards no longer in use (blocked, expired, replaced) or not yet made
 */
public record Recall(UUID id, RecallCriteria criteria, String reason, Instant requestedAt, String lastCardNumber,
        long matched, long replaced, long alreadyReplaced, long skippedNotInUse, Instant finishedAt) {

    public enum Outcome { REPLACED, ALREADY_REPLACED, NOT_IN_USE }

    public static Recall requested(UUID id, RecallCriteria criteria, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a recall needs a reason");
        }
        return new Recall(id, criteria, reason, at, "", 0, 0, 0, 0, null);
    }

    public boolean done() {
        return finishedAt != null;
    }

    /** The reason a replaced card's {@code CardReplaced} gives. */
    public String replacementReason() {
        return "chip defect recall " + id + ": " + reason;
    }

    public Recall counted(String cardNumber, Outcome outcome) {
        return new Recall(id, criteria, reason, requestedAt, cardNumber, matched + 1,
                replaced + (outcome == Outcome.REPLACED ? 1 : 0),
                alreadyReplaced + (outcome == Outcome.ALREADY_REPLACED ? 1 : 0),
                skippedNotInUse + (outcome == Outcome.NOT_IN_USE ? 1 : 0), null);
    }

    /** A card the store's query returned that the criteria do not name: visited, not counted. */
    public Recall passedOver(String cardNumber) {
        return new Recall(id, criteria, reason, requestedAt, cardNumber, matched, replaced, alreadyReplaced,
                skippedNotInUse, null);
    }

    /** Whether this is still the progress {@code read} was: the same card last visited, done or not alike. */
    public boolean atProgressOf(Recall read) {
        return lastCardNumber.equals(read.lastCardNumber) && done() == read.done();
    }

    public Recall finished(Instant at) {
        return new Recall(id, criteria, reason, requestedAt, lastCardNumber, matched, replaced, alreadyReplaced,
                skippedNotInUse, at);
    }
}
