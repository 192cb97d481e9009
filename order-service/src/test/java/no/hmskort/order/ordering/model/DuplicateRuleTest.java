package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import no.hmskort.order.ordering.model.DuplicateRule.Refusal;
import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

    private final Random random = new Random(11);
    private final CardNumber lost = CardNumber.random(random);
    private final CardNumber valid = CardNumber.random(random);

    @Test
    void a_first_card_is_not_a_duplicate() {
        assertThat(DuplicateRule.check("construction", null, false, false, List.of())).isEmpty();
    }

    @Test
    void an_open_line_for_the_same_person_business_and_type_is_refused() {
        assertThat(DuplicateRule.check("construction", null, true, false, List.of())).contains(Refusal.OPEN_LINE);
    }

    @Test
    void an_active_card_of_the_same_type_is_refused_also_while_invalid_but_not_another_type() {
        assertThat(DuplicateRule.check("construction", null, false, false,
                List.of(new CardOnRecord(valid, "construction", "VALID")))).contains(Refusal.ACTIVE_CARD);
        assertThat(DuplicateRule.check("construction", null, false, false,
                List.of(new CardOnRecord(valid, "construction", "INVALID")))).contains(Refusal.ACTIVE_CARD);
        assertThat(DuplicateRule.check("cleaning", null, false, false,
                List.of(new CardOnRecord(valid, "construction", "VALID")))).isEmpty();
    }

    @Test
    void blocked_or_expired_cards_leave_room_for_a_new_one() {
        assertThat(DuplicateRule.check("construction", null, false, false, List.of(
                new CardOnRecord(lost, "construction", "BLOCKED"), new CardOnRecord(valid, "construction", "EXPIRED"))))
                .isEmpty();
    }

    @Test
    void a_reorder_names_a_blocked_card_of_the_same_type_of_the_person_at_the_business() {
        List<CardOnRecord> cards = List.of(new CardOnRecord(lost, "construction", "BLOCKED"),
                new CardOnRecord(valid, "cleaning", "VALID"));
        assertThat(DuplicateRule.check("construction", lost, false, false, cards)).isEmpty();
        assertThat(DuplicateRule.check("cleaning", valid, false, false, cards)).contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
        assertThat(DuplicateRule.check("construction", CardNumber.random(random), false, false, cards))
                .contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
    }

    @Test
    void a_blocked_card_of_another_type_cannot_be_named_to_get_around_the_active_card() {
        List<CardOnRecord> cards = List.of(new CardOnRecord(lost, "cleaning", "BLOCKED"),
                new CardOnRecord(valid, "construction", "VALID"));
        assertThat(DuplicateRule.check("construction", lost, false, false, cards))
                .contains(Refusal.REPLACED_CARD_NOT_BLOCKED);
    }

    @Test
    void a_reorder_is_refused_while_an_open_line_exists_and_once_the_blocked_card_has_been_replaced() {
        List<CardOnRecord> cards = List.of(new CardOnRecord(lost, "construction", "BLOCKED"));
        assertThat(DuplicateRule.check("construction", lost, true, false, cards)).contains(Refusal.OPEN_LINE);
        assertThat(DuplicateRule.check("construction", lost, false, true, cards)).contains(Refusal.ALREADY_REPLACED);
    }

    @Test
    void a_reorder_is_refused_while_another_card_of_the_type_is_active() {
        List<CardOnRecord> cards = List.of(new CardOnRecord(lost, "construction", "BLOCKED"),
                new CardOnRecord(valid, "construction", "VALID"));
        assertThat(DuplicateRule.check("construction", lost, false, false, cards)).contains(Refusal.ACTIVE_CARD);
    }

    @Test
    void the_same_request_has_the_same_fingerprint_and_any_difference_another() {
        RequestFingerprint one = RequestFingerprint.of(List.of("construction", "addr", "person", "Kari"));
        assertThat(one.matches(RequestFingerprint.of(List.of("construction", "addr", "person", "Kari")))).isTrue();
        assertThat(one.matches(RequestFingerprint.of(List.of("construction", "addr", "person", "Kari N")))).isFalse();
        assertThat(RequestFingerprint.of(List.of("ab", "c")).matches(RequestFingerprint.of(List.of("a", "bc")))).isFalse();
    }
}
