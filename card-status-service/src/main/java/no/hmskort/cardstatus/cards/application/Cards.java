package no.hmskort.cardstatus.cards.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.store.Change;

/**
 * The issued cards as the use cases need them: found by number or chip, listed by business or holder, and
 * changed only through a decision the store may ask again when another writer came first.
 */
public interface Cards {

    Optional<Card> find(CardNumber number);

    Optional<Card> findByChip(ChipUid chip);

    boolean exists(CardNumber number);

    /**
     * Stores a new card; false when a unique key is taken: the card is there already (a redelivered event),
     * or its chip is on another card.
     */
    boolean insert(Card card);

    /** The card as {@code decide} says, saved with its events; empty when there is no such card. */
    <R> Optional<R> change(CardNumber number, Function<Card, Change<Card, R>> decide);

    /**
     * Many cards as the decision says, read and written in one go; {@code decideFor} sees every card found
     * before deciding on each. Results by card number; numbers with no card are left out.
     */
    <R> Map<CardNumber, R> changeAll(List<CardNumber> numbers, Function<List<Card>, Function<Card, Change<Card, R>>> decideFor);

    /** Records which units and which person the card belongs to, for the lookups below. Idempotent. */
    void index(Card card);

    /** Card numbers of every card of a business, ordered by it or printed with it as the main unit, after {@code after}. */
    List<CardNumber> numbersOfBusiness(OrganisationNumber orgnr, CardNumber after, int limit);

    List<CardNumber> numbersOfHolder(PersonId person, CardNumber after, int limit);

    /** Every card number after {@code after} (null: from the first), in order. */
    List<CardNumber> numbersAfter(CardNumber after, int limit);

    /**
     * The cards of a business and its sub-units, optionally by status and by a search on holder name or
     * card number.
     */
    List<Card> ofBusiness(OrganisationNumber orgnr, CardStatus status, String search, int page, int size);
}
