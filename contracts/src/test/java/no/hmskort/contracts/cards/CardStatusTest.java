package no.hmskort.contracts.cards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CardStatusTest {

    @Test
    void only_blocked_and_expired_are_final_and_a_status_this_reader_does_not_know_reads_as_invalid() {
        assertThat(CardStatus.values()).filteredOn(CardStatus::isFinal)
                .containsExactlyInAnyOrder(CardStatus.BLOCKED, CardStatus.EXPIRED);
        assertThat(CardStatus.read("VALID")).isEqualTo(CardStatus.VALID);
        assertThat(CardStatus.read("SUSPENDED_BY_A_NEWER_PRODUCER")).isEqualTo(CardStatus.INVALID);
        assertThat(CardStatus.read(null)).isEqualTo(CardStatus.INVALID);
    }
}
