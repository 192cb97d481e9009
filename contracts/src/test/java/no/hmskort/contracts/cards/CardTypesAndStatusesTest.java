package no.hmskort.contracts.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.LineId;
import no.hmskort.contracts.ids.OrderId;
import org.junit.jupiter.api.Test;

class CardTypesAndStatusesTest {

    @Test
    void only_blocked_and_expired_are_final_and_a_status_this_reader_does_not_know_reads_as_invalid() {
        assertThat(CardStatus.values()).filteredOn(CardStatus::isFinal)
                .containsExactlyInAnyOrder(CardStatus.BLOCKED, CardStatus.EXPIRED);
        assertThat(CardStatus.read("VALID")).isEqualTo(CardStatus.VALID);
        assertThat(CardStatus.read("SUSPENDED_BY_A_NEWER_PRODUCER")).isEqualTo(CardStatus.INVALID);
        assertThat(CardStatus.read(null)).isEqualTo(CardStatus.INVALID);
    }

    @Test
    void a_card_type_is_any_well_formed_lower_case_code_so_a_new_scheme_needs_no_new_release_of_the_contracts() {
        assertThat(CardType.of("goods-delivery").code()).isEqualTo("goods-delivery");
        assertThatThrownBy(() -> CardType.of("Construction")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> CardType.of("construction work")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> CardType.of("")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> CardType.of(null)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void order_and_line_ids_are_uuids_and_a_malformed_one_is_refused_by_name() {
        OrderId order = OrderId.random();
        assertThat(OrderId.of(order.toString())).isEqualTo(order);
        assertThat(LineId.of(order.toString())).isNotEqualTo(order);
        assertThatThrownBy(() -> OrderId.of("123")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("order id: must be a UUID");
        assertThatThrownBy(() -> LineId.of("x")).hasMessage("line id: must be a UUID");
    }
}
