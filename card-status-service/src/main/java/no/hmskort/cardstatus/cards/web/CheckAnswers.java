package no.hmskort.cardstatus.cards.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import no.hmskort.cardstatus.cards.application.CardWritten;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.cardstatus.cards.application.EvaluatingCards;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.time.Norway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The checks' cards in memory, each with its public and gate answers already written as JSON, so that a
 * gate's morning of checks does not touch the store. They take at most
 * {@code hmskort.public-check.cache.heap-share} of the heap (a quarter), the least used dropped beyond it. A card is read from the store the first time it is asked
 * for, and forgotten
 * <ul>
 * <li>when it is stored or changed: by this instance at once, by another when its status change is heard on
 * the card-status topic ({@link CardWritten});
 * <li>at midnight (Norway's), since a verdict can lapse with the day (a register end date or the expiry);
 * <li>at the latest after {@code hmskort.public-check.cache.time-to-live}, in case a change was not heard.
 * </ul>
 * A card forgotten while it is being read is read again: the read and the forgetting take turns per card.
 * A verdict whose register end date or expiry has passed is judged again before it is answered (ADR 0032).
 */
@Component
class CheckAnswers {

    /** A card (without its log) and its public and gate answers, as JSON. */
    record Answer(Card card, byte[] publicJson, byte[] gateJson) {

        /** Roughly what it takes of the heap: the answers and the card's fields. */
        int weight() {
            return publicJson.length + gateJson.length + 1_024;
        }
    }

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final JsonMapper json;
    private final Clock clock;
    private final Cache<CardNumber, Answer> answers;
    /** A chip stays on its card for good: which card a chip is on is kept without forgetting. */
    private final Cache<ChipUid, CardNumber> chips;
    private volatile LocalDate day = LocalDate.MIN;

    CheckAnswers(Cards cards, EvaluatingCards evaluating, JsonMapper json, Clock clock,
            @Value("${hmskort.public-check.cache.heap-share:0.25}") double heapShare,
            @Value("${hmskort.public-check.cache.time-to-live:PT5M}") Duration timeToLive) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.json = json;
        this.clock = clock;
        long bytes = (long) (Runtime.getRuntime().maxMemory() * heapShare);
        this.answers = Caffeine.newBuilder().maximumWeight(bytes).<CardNumber, Answer>weigher((n, a) -> a.weight())
                .expireAfterWrite(timeToLive).build();
        this.chips = Caffeine.newBuilder().maximumWeight(bytes / 10).<ChipUid, CardNumber>weigher((c, n) -> 100)
                .build();
    }

    /** The card as it stands today, with its public answer; empty when there is no such card. */
    Optional<Answer> find(CardNumber number) {
        LocalDate today = today();
        Answer answer = answers.get(number, this::read);
        if (answer != null && answer.card().needsRecheckOn(today)) {
            // judging it saves it, which forgets it here (CardWritten)
            return Optional.of(answerFor(evaluating.evaluate(number)));
        }
        return Optional.ofNullable(answer);
    }

    Optional<Answer> findByChip(ChipUid chip) {
        CardNumber number = chips.getIfPresent(chip);
        if (number == null) {
            Optional<Card> card = cards.findByChip(chip);
            if (card.isEmpty()) {
                return Optional.empty();
            }
            number = card.get().cardNumber();
            chips.put(chip, number);
        }
        return find(number);
    }

    @EventListener
    void forget(CardWritten written) {
        answers.invalidate(written.number());
    }

    private Answer read(CardNumber number) {
        return cards.find(number).map(this::answerFor).orElse(null);
    }

    private Answer answerFor(Card card) {
        return new Answer(card.withoutLog(), json.writeValueAsBytes(CardViews.PublicCard.of(card)),
                json.writeValueAsBytes(CardViews.GateCard.of(card)));
    }

    private LocalDate today() {
        LocalDate today = Norway.today(clock);
        if (!today.equals(day)) {
            answers.invalidateAll();
            day = today;
        }
        return today;
    }
}
