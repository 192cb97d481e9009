package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import no.hmskort.order.ordering.model.DuplicateRule.Refusal;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

    private final Random random = new Random(11);
    private final CardNumber lost = CardNumber.random(random);
    private final CardNumber valid = CardNumber.random(random);

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Period WINDOW = Period.ofDays(60);
    private static final CardType CONSTRUCTION = CardType.of("construction");

    private static java.util.Optional<Refusal> check(String type, CardNumber replaces, boolean openLine,
            boolean alreadyReplaced, List<CardOnRecord> cards) {
        return DuplicateRule.check(CardType.of(type), replaces, openLine, alreadyReplaced, cards, TODAY, WINDOW);
    }

    /** A card expiring in a year: long before its renewal window. */
    private static CardOnRecord card(CardNumber number, String type, CardStatus status) {
        return new CardOnRecord(number, CardType.of(type), status, TODAY.plusYears(1));
    }

    @Test
    void a_first_card_is_not_a_duplicate() {
        assertThat(check("construction", null, false, false, List.of())).isEmpty();
    }

    @Test
    void an_open_line_for_the_same_person_business_and_type_is_refused() {
        assertThat(check("construction", null, true, false, List.of())).contains(Refusal.OPEN_LINE);
    }

    @Test
    void an_active_card_of_the_same_type_is_refused_also_while_invalid_but_not_another_type() {
        assertThat(check("construction", null, false, false,
                List.of(card(valid, "construction", CardStatus.VALID)))).contains(Refusal.ACTIVE_CARD);
        assertThat(check("construction", null, false, false,
                List.of(card(valid, "construction", CardStatus.INVALID)))).contains(Refusal.ACTIVE_CARD);
        assertThat(check("cleaning", null, false, false,
                List.of(card(valid, "construction", CardStatus.VALID)))).isEmpty();
    }

    @Test
    void blocked_or_expired_cards_leave_room_for_a_new_one() {
        assertThat(check("construction", null, false, false, List.of(
                card(lost, "construction", CardStatus.BLOCKED), card(valid, "construction", CardStatus.EXPIRED))))
                .isEmpty();
    }

    @Test
    void a_reorder_names_a_blocked_card_of_the_same_type_of_the_person_at_the_business() {
        List<CardOnRecord> cards = List.of(card(lost, "construction", CardStatus.BLOCKED),
                card(valid, "cleaning", CardStatus.VALID));
        assertThat(check("construction", lost, false, false, cards)).isEmpty();
        assertThat(check("cleaning", valid, false, false, cards)).contains(Refusal.RENEWAL_TOO_EARLY);
        assertThat(check("construction", CardNumber.random(random), false, false, cards))
                .contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
    }

    @Test
    void a_blocked_card_of_another_type_cannot_be_named_to_get_around_the_active_card() {
        List<CardOnRecord> cards = List.of(card(lost, "cleaning", CardStatus.BLOCKED),
                card(valid, "construction", CardStatus.VALID));
        assertThat(check("construction", lost, false, false, cards))
                .contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
    }

    @Test
    void a_reorder_is_refused_while_an_open_line_exists_and_once_the_blocked_card_has_been_replaced() {
        List<CardOnRecord> cards = List.of(card(lost, "construction", CardStatus.BLOCKED));
        assertThat(check("construction", lost, true, false, cards)).contains(Refusal.OPEN_LINE);
        assertThat(check("construction", lost, false, true, cards)).contains(Refusal.ALREADY_REPLACED);
    }

    @Test
    void a_reorder_is_refused_while_another_card_of_the_type_is_active() {
        List<CardOnRecord> cards = List.of(card(lost, "construction", CardStatus.BLOCKED),
                card(valid, "construction", CardStatus.VALID));
        assertThat(check("construction", lost, false, false, cards)).contains(Refusal.ACTIVE_CARD);
    }

    @Test
    void an_active_card_may_be_renewed_from_sixty_days_before_its_expiry_and_once_only() {
        List<CardOnRecord> expiring = List.of(new CardOnRecord(valid, CONSTRUCTION, CardStatus.VALID, TODAY.plusDays(60)));
        assertThat(check("construction", valid, false, false, expiring)).isEmpty();
        assertThat(check("construction", valid, false, true, expiring)).contains(Refusal.ALREADY_REPLACED);
        List<CardOnRecord> notYet = List.of(new CardOnRecord(valid, CONSTRUCTION, CardStatus.VALID, TODAY.plusDays(61)));
        assertThat(check("construction", valid, false, false, notYet)).contains(Refusal.RENEWAL_TOO_EARLY);
        assertThat(DuplicateRule.renewableFrom(TODAY.plusDays(61), WINDOW)).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void an_expired_card_is_not_renewed_a_new_card_is_ordered_instead() {
        List<CardOnRecord> expired = List.of(new CardOnRecord(valid, CONSTRUCTION, CardStatus.EXPIRED, TODAY.minusDays(1)));
        assertThat(check("construction", valid, false, false, expired)).contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
        assertThat(check("construction", null, false, false, expired)).isEmpty();
    }

    @Test
    void the_same_request_has_the_same_fingerprint_and_any_difference_another() {
        RequestFingerprint one = RequestFingerprint.of(List.of("construction", "addr", "person", "Kari"));
        assertThat(one.matches(RequestFingerprint.of(List.of("construction", "addr", "person", "Kari")))).isTrue();
        assertThat(one.matches(RequestFingerprint.of(List.of("construction", "addr", "person", "Kari N")))).isFalse();
        assertThat(RequestFingerprint.of(List.of("ab", "c")).matches(RequestFingerprint.of(List.of("a", "bc")))).isFalse();
    }
}
