package no.hmskort.production.printing.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;

/**
 * The cards in production, one per production line: inserted under fresh numbers, changed one card at a
 * time as a use case decides (another writer coming first makes it decide again on the card as it is then).
 */
public interface ProductionCards {

    boolean existsForLine(UUID lineId);

    Optional<ProductionCard> findByLine(UUID lineId);

    Optional<CardRecord> findByNumber(CardNumber number);

    /** The card that carries the chip, if any. */
    Optional<CardNumber> holderOfChip(ChipUid chip);

    /**
     * Inserts a new card under a fresh random number; a number already taken is drawn again. Empty when
     * the line already has its card (a redelivery, or a concurrent twin).
     */
    Optional<ProductionCard> insertWithFreshNumber(UUID lineId, Supplier<CardNumber> numbers,
            Function<CardNumber, ProductionCard> card, Function<ProductionCard, List<OutboxMessage>> events);

    /**
     * Changes the card as {@code decide} says; empty for an unknown card. A chip another card took since
     * {@code decide} looked makes it decide again, and then it sees who has the chip.
     */
    <R> Optional<R> change(CardNumber number, Function<ProductionCard, Change<ProductionCard, R>> decide);

    /** As {@link #change}, for a decision on what production keeps beside the card (reports, stray chips). */
    <R> Optional<R> changeRecord(CardNumber number, Function<CardRecord, Change<CardRecord, R>> decide);

    List<ProductionCard> inState(ProductionState state);

    /**
     * Cards in the state whose events have all been published. Only those are shipped, so a card's
     * {@code CardShipped} never reaches consumers before its {@code CardIssued}.
     */
    List<ProductionCard> announcedInState(ProductionState state);

    /** Cards the partner printed more than once: each has a stray chip to be destroyed. */
    List<CardRecord> withStrayChips();

    List<ProductionCard> inShipment(UUID shipmentId);

    /** Automatic replacements delivered whose old card is not yet announced as replaced. */
    List<ProductionCard> deliveredReplacementsNotYetAnnounced();
}
