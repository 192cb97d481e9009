package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {

    private static final String TEXT = "3f2b8c1e-9a4d-4e7f-8b21-6c5d0e9f1a2b";

    @Test
    void an_order_id_reads_its_canonical_form_and_writes_it_back() {
        OrderId id = OrderId.of(TEXT);
        assertThat(id.value()).isEqualTo(UUID.fromString(TEXT));
        assertThat(id).hasToString(TEXT);
        assertThat(OrderId.of(id.toString())).isEqualTo(id);
    }

    @Test
    void ids_are_equal_by_their_uuid_whatever_the_case_of_the_hex_digits() {
        assertThat(OrderId.of(TEXT.toUpperCase())).isEqualTo(OrderId.of(TEXT)).hasSameHashCodeAs(OrderId.of(TEXT));
        assertThat(OrderId.of(TEXT.toUpperCase())).hasToString(TEXT);
        assertThat(OrderId.random()).isNotEqualTo(OrderId.random());
    }

    @Test
    void an_order_id_and_a_line_id_of_the_same_uuid_are_not_the_same_thing() {
        assertThat((Object) OrderId.of(TEXT)).isNotEqualTo(LineId.of(TEXT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5", "3f2b8c1e9a4d4e7f8b216c5d0e9f1a2b", " 3f2b8c1e-9a4d-4e7f-8b21-6c5d0e9f1a2b",
            "3f2b8c1e-9a4d-4e7f-8b21-6c5d0e9f1a2b0", "3f2b8c1e-9a4d-4e7f-8b21-6c5d0e9f1a2g", "{3f2b8c1e-9a4d-4e7f-8b21-6c5d0e9f1a2b}"})
    void a_malformed_order_id_is_refused_by_name_without_repeating_the_value(String text) {
        assertThatThrownBy(() -> OrderId.of(text)).isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.identifier()).isEqualTo("order id");
            assertThat(e.reason()).contains("UUID");
            if (text != null && !text.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(text.strip());
            }
        });
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"not-a-uuid", "1-2-3-4-5"})
    void a_malformed_line_id_is_refused_as_a_line_id(String text) {
        assertThatThrownBy(() -> LineId.of(text)).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.identifier()).isEqualTo("line id"));
    }

    @Test
    void a_line_id_reads_and_writes_its_canonical_form() {
        LineId id = LineId.of(TEXT);
        assertThat(id).isEqualTo(new LineId(UUID.fromString(TEXT))).hasToString(TEXT);
        assertThat(LineId.random()).isNotEqualTo(LineId.random());
    }

    @Test
    void an_id_without_a_uuid_is_refused() {
        assertThatThrownBy(() -> new OrderId(null)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("order id: is missing");
        assertThatThrownBy(() -> new LineId(null)).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("line id: is missing");
    }
}
