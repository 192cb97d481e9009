package no.hmskort.order.ordering.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.UnmetDuty;

/**
 * One card ordered for one person, and its way from the order to the card in the holder's hands.
 *
 * @param photoId the stored photo, once uploaded
 * @param idCopyId the stored ID copy, once uploaded; null again after the card is produced (it is deleted)
 * @param idCopyDeleted the ID copy was deleted because the card was produced
 * @param unmet the register duties not met at the last judgement (empty once approved)
 * @param awaitingSince when the line first waited for registration: the free cancellation counts from here
 * @param replacesCard the blocked card this line replaces, or null
 * @param cardNumber the card made for this line, once printed
 * @param closedReason why the line was cancelled or rejected
 */
public record OrderLine(
        UUID lineId,
        CardHolder holder,
        LineState state,
        String photoId,
        String idCopyId,
        boolean idCopyDeleted,
        List<UnmetDuty> unmet,
        Instant awaitingSince,
        CardNumber replacesCard,
        CardNumber cardNumber,
        String closedReason) {

    public OrderLine {
        unmet = unmet == null ? List.of() : List.copyOf(unmet);
    }

    /** A new line: it waits for its photo and ID copy. */
    public static OrderLine ordered(UUID lineId, CardHolder holder, CardNumber replacesCard) {
        return new OrderLine(lineId, holder, LineState.AWAITING_DOCUMENTS, null, null, false, List.of(), null,
                replacesCard, null, null);
    }

    public boolean hasDocuments() {
        return photoId != null && idCopyId != null;
    }

    public OrderLine withPhoto(String id) {
        requireWaiting("a photo");
        return new OrderLine(lineId, holder, state, id, idCopyId, idCopyDeleted, unmet, awaitingSince, replacesCard,
                cardNumber, closedReason);
    }

    public OrderLine withIdCopy(String id) {
        requireWaiting("an ID copy");
        return new OrderLine(lineId, holder, state, photoId, id, idCopyDeleted, unmet, awaitingSince, replacesCard,
                cardNumber, closedReason);
    }

    /**
     * Judged against the register duties: without both documents it waits for them; with them, it is
     * approved when every duty is met, else it waits for registration showing every unmet duty. Lines
     * past waiting do not change.
     */
    public OrderLine judged(Evaluation evaluation, Instant now) {
        if (!state.isWaiting()) {
            return this;
        }
        LineState next = !hasDocuments() ? LineState.AWAITING_DOCUMENTS
                : evaluation.allMet() ? LineState.APPROVED : LineState.AWAITING_REGISTRATION;
        Instant since = next == LineState.AWAITING_REGISTRATION && awaitingSince == null ? now : awaitingSince;
        return new OrderLine(lineId, holder, next, photoId, idCopyId, idCopyDeleted, evaluation.unmet(), since,
                replacesCard, cardNumber, closedReason);
    }

    /** Cancelled before production; an approved line is already on its way to the printer. */
    public OrderLine cancelled(String reason) {
        if (!state.isWaiting()) {
            throw new LineStateException("the line is " + state + ": only a line not yet approved can be cancelled");
        }
        return new OrderLine(lineId, holder, LineState.CANCELLED, photoId, idCopyId, idCopyDeleted, unmet,
                awaitingSince, replacesCard, cardNumber, reason);
    }

    /** Still awaiting registration a whole period after it began to wait: due for the free cancellation. */
    public boolean waitedLongerThan(Duration period, Instant now) {
        return state == LineState.AWAITING_REGISTRATION && awaitingSince != null
                && !now.isBefore(awaitingSince.plus(period));
    }

    /** The card was printed; a repeated report changes nothing. */
    public OrderLine printed(CardNumber card) {
        if (state != LineState.APPROVED && state != LineState.IN_PRODUCTION) {
            return this;
        }
        return new OrderLine(lineId, holder, LineState.PRINTED, photoId, idCopyId, idCopyDeleted, List.of(),
                awaitingSince, replacesCard, card, closedReason);
    }

    public OrderLine shipped() {
        return state != LineState.PRINTED ? this
                : new OrderLine(lineId, holder, LineState.SHIPPED, photoId, idCopyId, idCopyDeleted, unmet,
                        awaitingSince, replacesCard, cardNumber, closedReason);
    }

    public OrderLine delivered() {
        return state != LineState.PRINTED && state != LineState.SHIPPED ? this
                : new OrderLine(lineId, holder, LineState.DELIVERED, photoId, idCopyId, idCopyDeleted, unmet,
                        awaitingSince, replacesCard, cardNumber, closedReason);
    }

    /** The ID copy is personal data kept only until the card is produced. */
    public OrderLine idCopyRemoved() {
        return idCopyId == null ? this
                : new OrderLine(lineId, holder, state, photoId, null, true, unmet, awaitingSince, replacesCard,
                        cardNumber, closedReason);
    }

    private void requireWaiting(String document) {
        if (!state.isWaiting()) {
            throw new LineStateException("the line is " + state + ": " + document + " can only be added before approval");
        }
    }
}
