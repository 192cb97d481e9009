package no.hmskort.production.printing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

/** The numbers production draws for new cards. */
class CardNumberTest {

    @Test
    void drawn_numbers_are_ten_digits_with_a_check_digit_that_holds() {
        for (int i = 0; i < 1_000; i++) {
            CardNumber number = CardNumber.random(TestCards.RANDOM);
            assertThat(number.value()).matches("[1-9]\\d{9}");
            assertThat(CardNumber.of(number.value())).isEqualTo(number);
        }
    }

    @Test
    void a_mistyped_digit_or_swapped_neighbours_are_caught_by_the_check_digit() {
        CardNumber number = CardNumber.random(TestCards.RANDOM);
        String digits = number.value();
        for (int i = 0; i < 9; i++) {
            char wrong = (char) ('0' + ((digits.charAt(i) - '0' + 1) % 10));
            String typo = digits.substring(0, i) + wrong + digits.substring(i + 1);
            if (typo.charAt(0) != '0') {
                assertThatThrownBy(() -> CardNumber.of(typo)).isInstanceOf(InvalidIdentifierException.class);
            }
        }
        String swapped = "" + digits.charAt(1) + digits.charAt(0) + digits.substring(2);
        if (digits.charAt(0) != digits.charAt(1) && swapped.charAt(0) != '0'
                && Math.abs(digits.charAt(0) - digits.charAt(1)) != 9) {
            assertThatThrownBy(() -> CardNumber.of(swapped)).isInstanceOf(InvalidIdentifierException.class);
        }
    }

    @Test
    void numbers_are_not_a_sequence_one_could_guess_the_next_from() {
        List<Long> drawn = IntStream.range(0, 10_000).mapToObj(i -> CardNumber.random(TestCards.RANDOM))
                .map(n -> Long.parseLong(n.value().substring(0, 9))).toList();
        Set<Long> distinct = new HashSet<>(drawn);
        // 10,000 draws from 900 million numbers meet twice now and then (about one run in eighteen, the birthday
        // bound); five such meetings in one run would take a generator far from uniform
        assertThat(distinct).hasSizeGreaterThan(drawn.size() - 5);
        long neighbours = IntStream.range(1, drawn.size()).filter(i -> Math.abs(drawn.get(i) - drawn.get(i - 1)) < 1_000)
                .count();
        assertThat(neighbours).as("consecutive draws close to each other").isLessThan(5);
        assertThat(drawn.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(200_000_000L);
        assertThat(drawn.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThan(900_000_000L);
    }
}
