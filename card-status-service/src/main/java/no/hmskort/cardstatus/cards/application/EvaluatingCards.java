package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.RegisterDuties;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.registers.store.Facts;
import org.springframework.stereotype.Service;

/**
 * Judges cards against the current register facts. A change of status or of the unmet duties is saved
 * with its status-log line and announced to access control, in one write. Judging a card twice on the
 * same facts changes nothing, so it is safe to repeat after any crash or redelivery.
 */
@Service
public class EvaluatingCards {

    private static final int PAGE = 500;

    private final Cards cards;
    private final Facts facts;
    private final CardAnnouncements announcements;
    private final Clock clock;
    private final RegisterDuties engine = new RegisterDuties();
    private final StatusChangeCounts counts;

    EvaluatingCards(Cards cards, Facts facts, CardAnnouncements announcements, Clock clock, StatusChangeCounts counts) {
        this.cards = cards;
        this.facts = facts;
        this.announcements = announcements;
        this.clock = clock;
        this.counts = counts;
    }

    /** Judges one card now; returns it as it stands after. */
    public Card evaluate(CardNumber number) {
        return judge(number, new HashMap<>()).map(Judgement::card)
                .orElseThrow(() -> new IllegalStateException("no card " + number));
    }

    /**
     * The business's cards (and its sub-units'), a page at a time, in card-number order: for splitting a
     * business-wide change into pieces of work short enough for a consumer.
     */
    public void forEachPageOfBusiness(OrganisationNumber orgnr, int size, Consumer<List<CardNumber>> page) {
        pages(after -> cards.numbersOfBusiness(orgnr, after, size), size).forEach(page);
    }

    /** Every card of a person; returns how many changed. */
    public int evaluateHolder(PersonId person) {
        return pages(after -> cards.numbersOfHolder(person, after, PAGE), PAGE).mapToInt(this::judgePage).sum();
    }

    /**
     * Judges the cards of a page together: the cards, their holders' facts and their businesses' facts are
     * each read once, and the changed cards written in one bulk. Returns how many changed; a card no longer
     * there is passed over.
     */
    public int judgePage(List<CardNumber> page) {
        Collection<Judgement> stored = cards.changeAll(page, found -> {
            Map<OrganisationNumber, BusinessFacts> businesses = new HashMap<>();
            Map<PersonId, PersonFacts> persons = facts.persons(found.stream().map(card -> card.holder().person())
                    .distinct().toList());
            return card -> decide(card, businesses, person -> persons.computeIfAbsent(person, facts::person));
        }).values();
        stored.forEach(this::count);
        return (int) stored.stream().filter(Judgement::changed).count();
    }

    /** Pages of card numbers in order, each fetched after the last number of the one before, until a short one. */
    private static Stream<List<CardNumber>> pages(Function<CardNumber, List<CardNumber>> after, int size) {
        return Stream.iterate(after.apply(null), page -> !page.isEmpty(),
                page -> page.size() < size ? List.of() : after.apply(page.getLast()));
    }

    /** A card after judging, whether the judging changed it, and whether access control was told. */
    private record Judgement(Card card, boolean changed, boolean announced) {
    }

    private void count(Judgement stored) {
        if (stored.announced()) {
            counts.changed(stored.card());
        }
    }

    /** @param businesses facts already read, by unit, shared by the cards of one page */
    private Optional<Judgement> judge(CardNumber number, Map<OrganisationNumber, BusinessFacts> businesses) {
        Optional<Judgement> stored = cards.change(number, card -> decide(card, businesses, facts::person));
        stored.ifPresent(this::count);
        return stored;
    }

    private Change<Card, Judgement> decide(Card card, Map<OrganisationNumber, BusinessFacts> businesses,
            Function<PersonId, PersonFacts> persons) {
        LocalDate today = Norway.today(clock);
        CardFacts cardFacts = new CardFacts(card.cardType(), card.holder().person(),
                businesses.computeIfAbsent(card.orderingUnit(), facts::business),
                businesses.computeIfAbsent(card.employer(), facts::business), persons.apply(card.holder().person()));
        Card judged = card.judged(engine.evaluate(cardFacts, today), today, clock.instant());
        if (judged == card) {
            return Change.none(new Judgement(card, false, false));
        }
        boolean news = judged.isNewsAfter(card);
        return Change.to(judged, news ? List.of(announcements.statusChanged(judged)) : List.of(),
                new Judgement(judged, true, news));
    }
}
