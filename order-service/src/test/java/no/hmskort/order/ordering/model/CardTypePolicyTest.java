package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.order.ordering.model.CardTypePolicy.Condition;
import no.hmskort.order.ordering.model.CardTypePolicy.Rule;
import org.junit.jupiter.api.Test;

class CardTypePolicyTest {

    private static final List<String> ALL = List.of("construction", "cleaning", "car-care", "goods-delivery");

    private final CardTypePolicy policy = new CardTypePolicy(List.of(
            new Rule("cleaning-only-2020", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 9, 30), Condition.CLEANING_APPROVED,
                    List.of("cleaning")),
            new Rule("cleaning-businesses", LocalDate.of(2020, 1, 1), null, Condition.CLEANING_APPROVED, ALL),
            new Rule("other-businesses", LocalDate.of(2020, 1, 1), null, Condition.NOT_CLEANING_APPROVED,
                    List.of("construction", "car-care", "goods-delivery"))));

    @Test
    void during_the_2020_block_an_approved_cleaning_business_could_order_only_cleaning_cards() {
        CardTypePolicy.Decision decision = policy.decide("construction", true, LocalDate.of(2020, 5, 1));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo("cleaning-only-2020");
        assertThat(decision.reason()).contains("cleaning-only-2020", "only cleaning");
        assertThat(policy.decide("cleaning", true, LocalDate.of(2020, 5, 1)).allowed()).isTrue();
    }

    @Test
    void after_the_block_was_lifted_an_approved_cleaning_business_orders_both() {
        assertThat(policy.decide("construction", true, LocalDate.of(2020, 10, 1)).allowed()).isTrue();
        assertThat(policy.decide("cleaning", true, LocalDate.of(2026, 1, 1)).allowed()).isTrue();
        assertThat(policy.decide("construction", true, LocalDate.of(2020, 2, 29)).allowed()).isTrue();
    }

    @Test
    void a_business_not_approved_in_renholdsregisteret_never_orders_cleaning_cards() {
        CardTypePolicy.Decision decision = policy.decide("cleaning", false, LocalDate.of(2026, 11, 24));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo("other-businesses");
        assertThat(policy.decide("construction", false, LocalDate.of(2020, 5, 1)).allowed()).isTrue();
    }

    @Test
    void before_any_rule_is_in_force_nothing_may_be_ordered() {
        CardTypePolicy.Decision decision = policy.decide("construction", false, LocalDate.of(2019, 12, 31));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isNull();
    }
}
