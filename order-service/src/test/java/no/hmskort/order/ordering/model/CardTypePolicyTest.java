package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import no.hmskort.order.ordering.model.CardTypePolicy.Approval;
import no.hmskort.order.ordering.model.CardTypePolicy.Approvals;
import no.hmskort.order.ordering.model.CardTypePolicy.Condition;
import no.hmskort.order.ordering.model.CardTypePolicy.Rule;
import no.hmskort.order.ordering.model.CardTypePolicy.TypeRequirement;
import org.junit.jupiter.api.Test;

/**
 * How the policy decides, on rules made up for the purpose (the dates the service runs with are checked
 * against the configuration itself in CardTypePolicyConfigurationTest).
 */
class CardTypePolicyTest {

    private static final LocalDate D1 = LocalDate.of(2030, 1, 1);
    private static final Approvals CLEANING = new Approvals(true, false);
    private static final Approvals NONE = new Approvals(false, false);

    private final CardTypePolicy policy = new CardTypePolicy(List.of(
            new Rule("narrow-window", D1.plusDays(10), D1.plusDays(19), Condition.CLEANING_APPROVED, types("cleaning")),
            new Rule("cleaners", D1, null, Condition.CLEANING_APPROVED, types("construction", "cleaning", "special")),
            new Rule("others", D1, null, Condition.NOT_CLEANING_APPROVED, types("construction", "special"))),
            List.of(new TypeRequirement(CardType.of("special"), D1.plusDays(5), Approval.CAR_CARE, D1.plusDays(30))));

    private static List<CardType> types(String... names) {
        return Stream.of(names).map(CardType::of).toList();
    }

    @Test
    void the_first_rule_in_force_whose_condition_fits_decides_and_names_itself() {
        CardTypePolicy.Decision decision = policy.decide(CardType.of("construction"), CLEANING, D1.plusDays(15));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isEqualTo("narrow-window");
        assertThat(decision.reason()).contains("narrow-window", "only cleaning");
        assertThat(policy.decide(CardType.of("construction"), CLEANING, D1.plusDays(9)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("construction"), CLEANING, D1.plusDays(20)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("cleaning"), NONE, D1.plusDays(15)).rule()).isEqualTo("others");
    }

    @Test
    void a_type_requirement_holds_back_a_type_before_it_is_offered_and_without_its_approval_once_required() {
        assertThat(policy.decide(CardType.of("special"), NONE, D1.plusDays(4)).reason()).contains("offered from");
        assertThat(policy.decide(CardType.of("special"), NONE, D1.plusDays(29)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("special"), NONE, D1.plusDays(30)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("special"), new Approvals(false, true), D1.plusDays(30)).allowed()).isTrue();
    }

    @Test
    void before_any_rule_is_in_force_nothing_may_be_ordered() {
        CardTypePolicy.Decision decision = policy.decide(CardType.of("construction"), NONE, D1.minusDays(1));
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.rule()).isNull();
    }
}
