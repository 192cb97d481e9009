package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.platform.time.Norway;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.store.Facts;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.RegisterDuties;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Judges cards against the current register facts. A change of status or of the unmet duties is saved
 * with its status-log line and announced to access control, in one write. Judging a card twice on the
 * same facts changes nothing, so it is safe to repeat after any crash or redelivery.
 */
@Service
public class EvaluatingCards {

    private static final int PAGE = 500;
    private static final int ATTEMPTS = 5;

    private final Cards cards;
    private final Facts facts;
    private final Outbox outbox;
    private final Clock clock;
    private final RegisterDuties engine = new RegisterDuties();

    EvaluatingCards(Cards cards, Facts facts, Outbox outbox, Clock clock) {
        this.cards = cards;
        this.facts = facts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Judges one card now; returns it as it stands after. */
    public Card evaluate(CardNumber number) {
        return judge(number, new HashMap<>()).card();
    }

    /**
     * The business's cards (and its sub-units'), a page at a time, in card-number order: for splitting a
     * business-wide change into pieces of work short enough for a consumer.
     */
    public void forEachPageOfBusiness(OrganisationNumber orgnr, int size, java.util.function.Consumer<List<CardNumber>> page) {
        String after = "";
        List<String> numbers;
        do {
            numbers = cards.numbersOfBusiness(orgnr, after, size);
            if (!numbers.isEmpty()) {
                page.accept(numbers.stream().map(CardNumber::of).toList());
                after = numbers.getLast();
            }
        } while (numbers.size() == size);
    }

    /** Judges each card of a page, the facts of each business read once; returns how many changed. */
    public int judgePage(List<CardNumber> page) {
        Map<OrganisationNumber, BusinessFacts> businesses = new HashMap<>();
        int changed = 0;
        for (CardNumber number : page) {
            if (cards.find(number).isPresent() && judge(number, businesses).changed()) {
                changed++;
            }
        }
        return changed;
    }

    /** Every card of a business and its sub-units; returns how many changed. */
    public int evaluateBusiness(OrganisationNumber orgnr) {
        return evaluateAll((after, limit) -> cards.numbersOfBusiness(orgnr, after, limit));
    }

    /** Every card of a person; returns how many changed. */
    public int evaluateHolder(PersonId person) {
        return evaluateAll((after, limit) -> cards.numbersOfHolder(person, after, limit));
    }

    int evaluateAll(BiFunction<String, Integer, List<String>> pages) {
        Map<OrganisationNumber, BusinessFacts> businesses = new HashMap<>();
        int changed = 0;
        String after = "";
        List<String> numbers;
        do {
            numbers = pages.apply(after, PAGE);
            for (String number : numbers) {
                if (judge(CardNumber.of(number), businesses).changed()) {
                    changed++;
                }
                after = number;
            }
        } while (numbers.size() == PAGE);
        return changed;
    }

    /** A card after judging, and whether the judging changed it. */
    public record Judgement(Card card, boolean changed) {
    }

    public Judgement judge(CardNumber number, Map<OrganisationNumber, BusinessFacts> businesses) {
        for (int attempt = 1; ; attempt++) {
            CardDocument document = cards.find(number).orElseThrow(
                    () -> new IllegalStateException("no card " + number));
            Card card = document.card();
            LocalDate today = Norway.today(clock);
            CardFacts cardFacts = new CardFacts(card.cardType(), card.holder().person(),
                    businesses.computeIfAbsent(card.orderingUnit(), facts::business),
                    businesses.computeIfAbsent(card.employer(), facts::business), facts.person(card.holder().person()));
            Card judged = card.judged(engine.evaluate(cardFacts, today), today, clock.instant());
            if (judged == card) {
                return new Judgement(card, false);
            }
            boolean announce = judged.status() != card.status() || !judged.unmet().equals(card.unmet());
            document.change(judged, announce ? List.of(outbox.message(Topics.CARD_STATUS, statusChanged(judged)))
                    : List.of());
            try {
                cards.save(document);
                return new Judgement(judged, true);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    CardStatusChanged statusChanged(Card card) {
        return new CardStatusChanged(card.cardNumber(), card.chipUid(), card.employer(), card.status().name(),
                card.reasons(), card.expiresOn(), clock.instant());
    }
}
