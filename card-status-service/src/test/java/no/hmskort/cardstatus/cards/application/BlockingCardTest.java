package no.hmskort.cardstatus.cards.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.cardstatus.cards.application.BlockOutcome.Blocked;
import no.hmskort.cardstatus.cards.application.BlockOutcome.Refused;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.Holder;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import org.junit.jupiter.api.Test;

/** Each refusal of a report is a value naming its rule; a block is saved with its announcement. */
class BlockingCardTest {

    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final OrganisationNumber MAIN = OrganisationNumber.of("315114306");
    static final OrganisationNumber SUB = OrganisationNumber.of("315114314");
    static final CardNumber NUMBER = CardNumber.of("3574272773");

    final StoredCards cards = new StoredCards();
    final BlockingCard blocking = new BlockingCard(cards,
            card -> new OutboxMessage("m-" + card.status(), "status", "CardStatusChanged", card.cardNumber().value(),
                    "{}", NOW, null),
            Clock.fixed(NOW, ZoneOffset.UTC), new StatusChangeCounts(new SimpleMeterRegistry()));

    @Test
    void a_card_of_the_business_or_its_sub_unit_is_blocked_and_announced_in_the_same_write() {
        cards.put(aCard(CardStatus.VALID));

        BlockOutcome outcome = blocking.block(SUB, NUMBER, BlockReason.LOST);

        assertThat(outcome).isInstanceOfSatisfying(Blocked.class,
                blocked -> assertThat(blocked.card().status()).isEqualTo(CardStatus.BLOCKED));
        assertThat(cards.find(NUMBER).orElseThrow().blocked()).isEqualTo(BlockReason.LOST);
        assertThat(cards.events).extracting(OutboxMessage::eventId).containsExactly("m-BLOCKED");
    }

    @Test
    void a_blocked_or_expired_card_is_refused_as_final_naming_its_status_and_nothing_is_written() {
        cards.put(aCard(CardStatus.EXPIRED));

        assertThat(blocking.block(MAIN, NUMBER, BlockReason.STOLEN))
                .isEqualTo(new Refused(BlockRefusal.ALREADY_FINAL, CardStatus.EXPIRED));
        assertThat(cards.events).isEmpty();
        assertThat(cards.find(NUMBER).orElseThrow().status()).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void another_business_s_card_and_no_card_at_all_are_refused_alike() {
        cards.put(aCard(CardStatus.VALID));

        BlockOutcome notTheirs = blocking.block(OrganisationNumber.of("974760673"), NUMBER, BlockReason.LOST);
        BlockOutcome none = blocking.block(MAIN, CardNumber.of("1000000008"), BlockReason.LOST);

        assertThat(notTheirs).isEqualTo(new Refused(BlockRefusal.NO_SUCH_CARD, null)).isEqualTo(none);
        assertThat(cards.find(NUMBER).orElseThrow().status()).isEqualTo(CardStatus.VALID);
    }

    @Test
    void replacement_is_refused_as_production_s_to_record() {
        cards.put(aCard(CardStatus.VALID));

        assertThat(blocking.block(MAIN, NUMBER, BlockReason.REPLACED))
                .isEqualTo(new Refused(BlockRefusal.REPLACEMENT_IS_PRODUCTIONS, null));
        assertThat(cards.find(NUMBER).orElseThrow().status()).isEqualTo(CardStatus.VALID);
    }

    static Card aCard(CardStatus status) {
        return new Card(NUMBER, ChipUid.of("04A22B1A5C6180"), SUB, MAIN, "Demo Bygg AS", "construction",
                new Holder(PersonId.of("02928510045"), "Ola Nordmann", LocalDate.of(1985, 12, 2)),
                LocalDate.of(2026, 1, 10), LocalDate.of(2028, 1, 10), status, List.of(), null, null, List.of());
    }

    /** The store's contract without a database: a decision's change and events land together, or nothing does. */
    static final class StoredCards implements Cards {

        final Map<CardNumber, Card> stored = new HashMap<>();
        final List<OutboxMessage> events = new ArrayList<>();

        void put(Card card) {
            stored.put(card.cardNumber(), card);
        }

        @Override
        public Optional<Card> find(CardNumber number) {
            return Optional.ofNullable(stored.get(number));
        }

        @Override
        public <R> Optional<R> change(CardNumber number, Function<Card, Change<Card, R>> decide) {
            return find(number).map(decide).map(change -> {
                if (change.changed() != null) {
                    stored.put(number, change.changed());
                    events.addAll(change.events());
                }
                return change.result();
            });
        }

        @Override
        public <R> Map<CardNumber, R> changeAll(List<CardNumber> numbers,
                Function<List<Card>, Function<Card, Change<Card, R>>> decideFor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Card> findByChip(ChipUid chip) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean exists(CardNumber number) {
            return stored.containsKey(number);
        }

        @Override
        public boolean insert(Card card) {
            return stored.putIfAbsent(card.cardNumber(), card) == null;
        }

        @Override
        public void index(Card card) {
        }

        @Override
        public List<CardNumber> numbersOfBusiness(OrganisationNumber orgnr, CardNumber after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CardNumber> numbersOfHolder(PersonId person, CardNumber after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CardNumber> numbersAfter(CardNumber after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Card> ofBusiness(OrganisationNumber orgnr, CardStatus status,
                String search, int page, int size) {
            throw new UnsupportedOperationException();
        }
    }
}
