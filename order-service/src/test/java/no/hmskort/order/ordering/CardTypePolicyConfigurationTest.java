package no.hmskort.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.CardTypePolicy.Approvals;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The card-type policy as order-service runs it: bound from the service's own configuration file, not from a
 * copy in the test, and checked against the dates the sources give.
 */
class CardTypePolicyConfigurationTest {

    private static final Approvals CLEANING = new Approvals(true, false);
    private static final Approvals NONE = new Approvals(false, false);
    private static final Approvals CAR_CARE = new Approvals(false, true);

    private final CardTypePolicy policy = configuredPolicy();

    @Test
    void from_the_january_2020_launch_until_after_easter_2020_approved_cleaning_businesses_ordered_only_cleaning_cards() {
        assertThat(policy.decide(CardType.of("construction"), CLEANING, LocalDate.of(2020, 1, 15)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("construction"), CLEANING, LocalDate.of(2020, 4, 13)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("cleaning"), CLEANING, LocalDate.of(2020, 4, 13)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("construction"), CLEANING, LocalDate.of(2020, 4, 14)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("construction"), NONE, LocalDate.of(2020, 1, 15)).allowed()).isTrue();
    }

    @Test
    void cleaning_cards_only_for_approved_cleaning_businesses() {
        assertThat(policy.decide(CardType.of("cleaning"), NONE, LocalDate.of(2026, 11, 27)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("cleaning"), CLEANING, LocalDate.of(2026, 11, 27)).allowed()).isTrue();
    }

    @Test
    void car_care_cards_need_the_car_care_approval_from_july_2022() {
        assertThat(policy.decide(CardType.of("car-care"), NONE, LocalDate.of(2022, 6, 30)).allowed()).isTrue();
        assertThat(policy.decide(CardType.of("car-care"), NONE, LocalDate.of(2022, 7, 1)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("car-care"), NONE, LocalDate.of(2022, 7, 1)).reason()).contains("from 2022-07-01");
        assertThat(policy.decide(CardType.of("car-care"), CAR_CARE, LocalDate.of(2022, 7, 1)).allowed()).isTrue();
    }

    @Test
    void goods_delivery_cards_are_offered_from_2026() {
        Approvals both = new Approvals(true, true);
        assertThat(policy.decide(CardType.of("goods-delivery"), NONE, LocalDate.of(2025, 12, 31)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("goods-delivery"), both, LocalDate.of(2025, 12, 31)).allowed()).isFalse();
        assertThat(policy.decide(CardType.of("goods-delivery"), NONE, LocalDate.of(2026, 1, 1)).allowed()).isTrue();
    }

    private static CardTypePolicy configuredPolicy() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader().load("order-service", new ClassPathResource("order-service.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            OrderingProperties properties = Binder.get(environment).bind("hmskort.ordering", OrderingProperties.class)
                    .orElseThrow(() -> new IllegalStateException("no hmskort.ordering in order-service.yml"));
            return new CardTypePolicy(properties.cardTypeRules(), properties.cardTypeRequirements());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
