package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CardTypeTest {

    private final CardTypes offered = new CardTypes(List.of(CardType.of("construction"), CardType.of("cleaning"),
            CardType.of("car-care")));

    @ParameterizedTest
    @ValueSource(strings = {"construction", "cleaning", "car-care", "goods-delivery", "type2"})
    void a_card_type_is_its_configured_name(String name) {
        CardType type = CardType.of(name);
        assertThat(type.name()).isEqualTo(name);
        assertThat(type).hasToString(name).isEqualTo(new CardType(name)).hasSameHashCodeAs(new CardType(name));
    }

    @Test
    void card_types_of_different_names_differ() {
        assertThat(CardType.of("car-care")).isNotEqualTo(CardType.of("cleaning"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "Construction", " cleaning", "car care", "car--care", "-cleaning", "cleaning-",
            "car_care", "2cleaning"})
    void a_name_that_is_no_configured_name_is_refused(String name) {
        assertThatThrownBy(() -> CardType.of(name)).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.identifier()).isEqualTo("card type"));
    }

    @Test
    void the_types_on_offer_are_open_data_looked_up_by_name() {
        assertThat(offered.named("car-care")).contains(CardType.of("car-care"));
        assertThat(offered.offers(CardType.of("cleaning"))).isTrue();
        // a well-formed name not configured, and a malformed one, are both simply not on offer
        assertThat(offered.named("diving")).isEmpty();
        assertThat(offered.named("Diving!")).isEmpty();
        assertThat(offered.named(null)).isEmpty();
        assertThat(offered.offers(CardType.of("goods-delivery"))).isFalse();
        assertThat(offered.types()).hasToString("[construction, cleaning, car-care]");
    }
}
