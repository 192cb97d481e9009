package no.hmskort.production.printing.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;

/**
 * A card in the making, from the approved order line to the card delivered to the employer, and what
 * production needs to know afterwards (is it still in use, has it been replaced).
 *
 * @param line the production line it is made from (holder, employer, address, photo, order time)
 * @param printAttempts print jobs issued for it so far
 * @param automaticRetriesLeft how many more failures are retried before the card goes to the operator
 * @param replacement set when the card is an automatic, free replacement
 * @param cardStatus the last status card-status-service announced, or null
 * @param replacedBy the card that replaced this one, once announced ({@code CardReplaced})
 */
public record ProductionCard(
        CardNumber cardNumber,
        ProductionLine line,
        ProductionState state,
        int printAttempts,
        int automaticRetriesLeft,
        String lastFailure,
        ChipUid chipUid,
        String chipBatch,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Replacement replacement,
        UUID shipmentId,
        LocalDate shippedOn,
        Instant deliveredAt,
        CardStatus cardStatus,
        Instant cardStatusAt,
        CardNumber replacedBy) {

    /** Why the old card goes when an employer-ordered replacement is delivered ({@link #replacesOnDelivery}). */
    public static final String REPLACED_ON_DELIVERY = "a renewal or new card ordered by the employer was delivered";

    private static final Set<ProductionState> MADE = Set.of(ProductionState.PRINTED, ProductionState.SHIPPED,
            ProductionState.DELIVERED);

    /** A new card whose first print job goes out now; {@code attempts} is how many print jobs a failure gets in all. */
    public static ProductionCard requested(CardNumber number, ProductionLine line, Replacement replacement,
            int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a card gets at least one print attempt");
        }
        return new ProductionCard(number, line, ProductionState.PRINT_REQUESTED, 1, attempts - 1, null, null, null,
                null, null, replacement, null, null, null, null, null, null);
    }

    public boolean freeOfCharge() {
        return replacement != null;
    }

    /**
     * A print job goes out now, dated {@code on}: the card records the issue and expiry dates the job
     * carries, which are the dates printed on the card.
     */
    public ProductionCard printJobIssued(LocalDate on) {
        requireState(ProductionState.PRINT_REQUESTED);
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, null, null,
                on, ValidityPeriod.expiryFor(on), replacement, null, null, null, cardStatus, cardStatusAt, replacedBy);
    }

    /**
     * Printed: also from the operator queue, when the partner's success report comes after its failures.
     * The card keeps the dates of its last print job, which is what was printed; only a card whose job
     * went out before those dates were recorded takes them from the day it was printed.
     */
    public ProductionCard printed(ChipUid chip, String batch, LocalDate printedOn) {
        if (!awaitsPrint()) {
            throw new IllegalStateException("card " + cardNumber + " is " + state + ", not waiting for its print");
        }
        LocalDate on = issuedOn != null ? issuedOn : printedOn;
        return new ProductionCard(cardNumber, line, ProductionState.PRINTED, printAttempts, automaticRetriesLeft,
                lastFailure, chip, batch, on, ValidityPeriod.expiryFor(on), replacement, null, null, null, cardStatus,
                cardStatusAt, replacedBy);
    }

    /**
     * The partner reports it printed with a chip that is already on another card ({@code chipHolder}). A
     * gate knows a card by its chip alone, so the report is not accepted: the card goes straight to the
     * operator queue, as a duplicate chip means the partner's chip stock or its report is wrong, which a
     * person must look into before the card is printed again (an automatic reprint could repeat it). The
     * reason names the chip and the other card, never that card's holder.
     */
    public ProductionCard chipAlreadyOn(CardNumber chipHolder, ChipUid chip) {
        if (!awaitsPrint()) {
            throw new IllegalStateException("card " + cardNumber + " is " + state + ", not waiting for its print");
        }
        if (chipHolder.equals(cardNumber)) {
            throw new IllegalArgumentException("card " + cardNumber + " cannot be its own other card");
        }
        return withPrinting(ProductionState.PRINT_FAILED, printAttempts, 0, "printed with chip " + chip
                + ", which is already on another card (" + chipHolder + "); not accepted, print it again with another chip");
    }

    /**
     * The partner could not print it: the print job goes out again while automatic retries are left,
     * else the card waits for the operator ({@link ProductionState#PRINT_FAILED}).
     */
    public ProductionCard printFailed(String reason) {
        requireState(ProductionState.PRINT_REQUESTED);
        if (automaticRetriesLeft > 0) {
            return withPrinting(ProductionState.PRINT_REQUESTED, printAttempts + 1, automaticRetriesLeft - 1, reason);
        }
        return withPrinting(ProductionState.PRINT_FAILED, printAttempts, 0, reason);
    }

    /** The print job will go out again (after a retried failure, or on the operator's request). */
    public boolean awaitsPrintJob() {
        return state == ProductionState.PRINT_REQUESTED;
    }

    /** Not printed yet: a print job is out, or the card waits in the operator queue. */
    public boolean awaitsPrint() {
        return state == ProductionState.PRINT_REQUESTED || state == ProductionState.PRINT_FAILED;
    }

    /** The operator sends a failed card to the printer again, with a fresh round of automatic retries. */
    public ProductionCard retriedByOperator(int attempts) {
        requireState(ProductionState.PRINT_FAILED);
        return withPrinting(ProductionState.PRINT_REQUESTED, printAttempts + 1, attempts - 1, lastFailure);
    }

    public ProductionCard inShipment(UUID shipment) {
        requireState(ProductionState.PRINTED);
        if (shipmentId != null) {
            throw new IllegalStateException("card " + cardNumber + " is already in shipment " + shipmentId);
        }
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, chipUid,
                chipBatch, issuedOn, expiresOn, replacement, shipment, null, null, cardStatus, cardStatusAt, replacedBy);
    }

    /**
     * Claimed for a shipment that went out without it (another dispatcher created the shipment from the
     * cards claimed so far): free again, for the next shipment.
     */
    public ProductionCard leftOutOf(UUID shipment) {
        requireState(ProductionState.PRINTED);
        if (!shipment.equals(shipmentId)) {
            throw new IllegalStateException("card " + cardNumber + " is not claimed for shipment " + shipment);
        }
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, chipUid,
                chipBatch, issuedOn, expiresOn, replacement, null, null, null, cardStatus, cardStatusAt, replacedBy);
    }

    public ProductionCard shipped(LocalDate on) {
        requireState(ProductionState.PRINTED);
        return new ProductionCard(cardNumber, line, ProductionState.SHIPPED, printAttempts, automaticRetriesLeft,
                lastFailure, chipUid, chipBatch, issuedOn, expiresOn, replacement, shipmentId, on, null, cardStatus,
                cardStatusAt, replacedBy);
    }

    public ProductionCard delivered(Instant at) {
        requireState(ProductionState.SHIPPED);
        return new ProductionCard(cardNumber, line, ProductionState.DELIVERED, printAttempts, automaticRetriesLeft,
                lastFailure, chipUid, chipBatch, issuedOn, expiresOn, replacement, shipmentId, shippedOn, at,
                cardStatus, cardStatusAt, replacedBy);
    }

    /** Card status announced a new status; an older announcement than the one known changes nothing. */
    public ProductionCard withStatus(CardStatus status, Instant at) {
        if (cardStatusAt != null && !at.isAfter(cardStatusAt)) {
            return this;
        }
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, chipUid,
                chipBatch, issuedOn, expiresOn, replacement, shipmentId, shippedOn, deliveredAt, status, at, replacedBy);
    }

    public ProductionCard replacedBy(CardNumber newCard) {
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, chipUid,
                chipBatch, issuedOn, expiresOn, replacement, shipmentId, shippedOn, deliveredAt, cardStatus,
                cardStatusAt, newCard);
    }

    public ProductionCard oldCardAnnounced() {
        return new ProductionCard(cardNumber, line, state, printAttempts, automaticRetriesLeft, lastFailure, chipUid,
                chipBatch, issuedOn, expiresOn, replacement.oldCardAnnounced(), shipmentId, shippedOn, deliveredAt,
                cardStatus, cardStatusAt, replacedBy);
    }

    /**
     * Made, in the holder's hands or on its way, and not blocked, expired or replaced: what a chip-defect
     * recall replaces.
     */
    public boolean inUse(LocalDate today) {
        boolean stillValid = cardStatus == null || !cardStatus.isFinal();
        return MADE.contains(state) && replacedBy == null && stillValid && expiresOn != null
                && !today.isAfter(expiresOn);
    }

    /**
     * An automatic replacement whose old card is due to be blocked: delivered at least {@code grace} ago
     * (time for the employer to hand it over and collect the old one).
     */
    public boolean oldCardDueForBlocking(Instant now, Duration grace) {
        return replacement != null && !replacement.oldCardReplaced() && state == ProductionState.DELIVERED
                && !deliveredAt.plus(grace).isAfter(now);
    }

    /**
     * The old card this one replaces as soon as it is delivered, or null. A card the employer ordered to
     * replace another (a renewal before expiry, or a reorder of a lost or stolen card) takes over at
     * delivery: the old card stays valid until then, so the holder is never without a valid card. An
     * automatic chip-defect replacement is not one of these: its old card is blocked only after a grace
     * ({@link #oldCardDueForBlocking}).
     */
    public CardNumber replacesOnDelivery() {
        return replacement == null ? line.replacesCard() : null;
    }

    private ProductionCard withPrinting(ProductionState next, int attempts, int retriesLeft, String failure) {
        return new ProductionCard(cardNumber, line, next, attempts, retriesLeft, failure, null, null, null, null,
                replacement, null, null, null, cardStatus, cardStatusAt, replacedBy);
    }

    private void requireState(ProductionState expected) {
        if (state != expected) {
            throw new IllegalStateException("card " + cardNumber + " is " + state + ", not " + expected);
        }
    }
}
