package no.hmskort.order.ordering.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.UnmetDuty;

/**
 * One card ordered for one person, and its way from the order to the card in the holder's hands: documents,
 * register duties and the identity check first (in any order they arrive), then production.
 *
 * @param holder the person as the orderer gave them (name in free text)
 * @param registeredName the holder's name in Folkeregisteret at the last judgement; null while the register
 *     does not know the person. The card carries this name where there is one.
 * @param photoId the stored photo, once uploaded
 * @param idCopyId the stored ID copy, once uploaded; null again after the card is produced (it is deleted)
 * @param idCopyDeleted the ID copy was deleted because the card was produced
 * @param unmet the register duties not met at the last judgement (empty once approved)
 * @param awaitingSince when the line first waited for registration: the free cancellation counts from here
 * @param identity how the holder's identity was verified; null until it is
 * @param identityCheckSince when the line began to wait for the identity check (the operator queue's order)
 * @param rejection the last refusal of the identity check, kept after new documents reopen the line
 * @param replacesCard the card this line replaces (a lost or stolen card's reorder, or a renewal), or null
 * @param cardNumber the card made for this line, once printed
 * @param closedReason why the line was cancelled or rejected
 */
public record OrderLine(
        LineId lineId,
        Holder holder,
        String registeredName,
        LineState state,
        String photoId,
        String idCopyId,
        boolean idCopyDeleted,
        List<UnmetDuty> unmet,
        Instant awaitingSince,
        IdentityCheck identity,
        Instant identityCheckSince,
        Rejection rejection,
        CardNumber replacesCard,
        CardNumber cardNumber,
        String closedReason) {

    public OrderLine {
        unmet = unmet == null ? List.of() : List.copyOf(unmet);
    }

    /** A new line: it waits for its photo and ID copy. */
    public static OrderLine ordered(LineId lineId, Holder holder, CardNumber replacesCard) {
        return new OrderLine(lineId, holder, null, LineState.AWAITING_DOCUMENTS, null, null, false, List.of(), null,
                null, null, null, replacesCard, null, null);
    }

    public boolean hasDocuments() {
        return photoId != null && idCopyId != null;
    }

    /** The name printed on the card: the register's where it knows the person, else the name as ordered. */
    public String nameOnCard() {
        return registeredName != null ? registeredName : holder.name();
    }

    /** The orderer's name and the register's differ (beyond case and spacing): the operator is shown it. */
    public boolean nameDiffersFromRegister() {
        return registeredName != null && !normalised(registeredName).equals(normalised(holder.name()));
    }

    /** The holder with the name the card will carry. */
    public Holder holderOnCard() {
        return new Holder(holder.person(), nameOnCard(), holder.birthDate());
    }

    /** A new photo; on a rejected line it reopens the line (the rejection stays on record). */
    public OrderLine withPhoto(String id) {
        requireAcceptsDocuments("a photo");
        OrderLine open = reopenedIfRejected();
        return open.copy(open.state, id, open.idCopyId);
    }

    public OrderLine withIdCopy(String id) {
        requireAcceptsDocuments("an ID copy");
        OrderLine open = reopenedIfRejected();
        return open.copy(open.state, open.photoId, id);
    }

    /**
     * Judged against the register duties: without both documents it waits for them; with them, it waits for
     * registration (showing every unmet duty) while a duty is unmet, then for the identity check, and is
     * approved once the identity is verified too. Lines past waiting do not change.
     *
     * @param registeredName the holder's name in the person register now, or null when it does not know them
     */
    public OrderLine judged(Evaluation evaluation, String registeredName, Instant now) {
        if (!state.isWaiting()) {
            return this;
        }
        LineState next = !hasDocuments() ? LineState.AWAITING_DOCUMENTS
                : !evaluation.allMet() ? LineState.AWAITING_REGISTRATION
                : identity == null ? LineState.AWAITING_IDENTITY_CHECK
                : LineState.APPROVED;
        Instant since = next == LineState.AWAITING_REGISTRATION && awaitingSince == null ? now : awaitingSince;
        Instant identitySince = next != LineState.AWAITING_IDENTITY_CHECK ? null
                : identityCheckSince != null ? identityCheckSince : now;
        return new OrderLine(lineId, holder, registeredName, next, photoId, idCopyId, idCopyDeleted,
                evaluation.unmet(), since, identity, identitySince, rejection, replacesCard, cardNumber, closedReason);
    }

    /**
     * The holder's identity is verified (their own login, or an operator's review); the next judgement approves
     * the line if its documents and duties are in order. A second verification changes nothing.
     */
    public OrderLine identityVerified(IdentityCheck check) {
        if (!state.isWaiting()) {
            throw new LineStateException("the line is " + state + ": its identity check is over");
        }
        if (identity != null) {
            return this;
        }
        return new OrderLine(lineId, holder, registeredName, state, photoId, idCopyId, idCopyDeleted, unmet,
                awaitingSince, check, identityCheckSince, rejection, replacesCard, cardNumber, closedReason);
    }

    /**
     * The operator refuses the documents: the line is rejected (never printed, never charged) and the document
     * named by the reason is let go, to be uploaded again. Only a line awaiting its identity check is reviewed.
     */
    public OrderLine rejected(Rejection refusal) {
        if (state != LineState.AWAITING_IDENTITY_CHECK) {
            throw new LineStateException("the line is " + state + ": only a line awaiting its identity check is reviewed");
        }
        boolean photo = refusal.reason().resend() == DocumentKind.PHOTO;
        return new OrderLine(lineId, holder, registeredName, LineState.REJECTED, photo ? null : photoId,
                photo ? idCopyId : null, idCopyDeleted, unmet, awaitingSince, null, null, refusal, replacesCard,
                cardNumber, refusal.reason().text());
    }

    /** Cancelled before production; an approved line is already on its way to the printer. */
    public OrderLine cancelled(String reason) {
        if (!state.isCancellable()) {
            throw new LineStateException("the line is " + state + ": only a line not yet approved can be cancelled");
        }
        return new OrderLine(lineId, holder, registeredName, LineState.CANCELLED, photoId, idCopyId, idCopyDeleted,
                unmet, awaitingSince, identity, null, rejection, replacesCard, cardNumber, reason);
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
        return new OrderLine(lineId, holder, registeredName, LineState.PRINTED, photoId, idCopyId, idCopyDeleted,
                List.of(), awaitingSince, identity, null, rejection, replacesCard, card, closedReason);
    }

    public OrderLine shipped() {
        return state != LineState.PRINTED ? this : copy(LineState.SHIPPED, photoId, idCopyId);
    }

    public OrderLine delivered() {
        return state != LineState.PRINTED && state != LineState.SHIPPED ? this
                : copy(LineState.DELIVERED, photoId, idCopyId);
    }

    /** The ID copy is personal data kept only until the card is produced. */
    public OrderLine idCopyRemoved() {
        return idCopyId == null ? this
                : new OrderLine(lineId, holder, registeredName, state, photoId, null, true, unmet, awaitingSince,
                        identity, identityCheckSince, rejection, replacesCard, cardNumber, closedReason);
    }

    private OrderLine reopenedIfRejected() {
        return state != LineState.REJECTED ? this
                : new OrderLine(lineId, holder, registeredName, LineState.AWAITING_DOCUMENTS, photoId, idCopyId,
                        idCopyDeleted, unmet, awaitingSince, null, null, rejection, replacesCard, cardNumber, null);
    }

    private OrderLine copy(LineState newState, String photo, String idCopy) {
        return new OrderLine(lineId, holder, registeredName, newState, photo, idCopy, idCopyDeleted, unmet,
                awaitingSince, identity, identityCheckSince, rejection, replacesCard, cardNumber, closedReason);
    }

    private void requireAcceptsDocuments(String document) {
        if (!state.acceptsDocuments()) {
            throw new LineStateException("the line is " + state + ": " + document + " can only be added before approval");
        }
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
