package no.hmskort.contracts.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import no.hmskort.contracts.events.Topic;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void an_organisation_number_needs_nine_digits_and_a_matching_mod11_check_digit() {
        assertThat(OrganisationNumber.of("974 760 673").value()).isEqualTo("974760673");
        assertThatThrownBy(() -> OrganisationNumber.of("974760674")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> OrganisationNumber.of("97476067")).hasMessageContaining("nine digits");
    }

    @Test
    void a_personal_number_is_checked_masked_and_knows_its_birth_date() {
        PersonId person = PersonId.of("15858010060");
        assertThat(person.isSynthetic()).isTrue();
        assertThat(person.birthDate()).isEqualTo(LocalDate.of(1980, 5, 15));
        assertThat(person.toString()).isEqualTo("158580*****").doesNotContain("10060");
        assertThatThrownBy(() -> PersonId.of("15858010061")).hasMessageContaining("check digits")
                .hasMessageNotContaining("15858010061");
        assertThatThrownBy(() -> PersonId.of("1585801006")).hasMessageContaining("eleven digits");
    }

    @Test
    void a_d_number_adds_four_to_the_first_digit_of_the_day() {
        PersonId dNumber = validPersonWithPrefix("550590", 100);
        assertThat(dNumber.isDNumber()).isTrue();
        assertThat(dNumber.birthDate()).isEqualTo(LocalDate.of(1990, 5, 15));
        assertThat(PersonId.of("15858010060").isDNumber()).isFalse();
    }

    @Test
    void the_individual_number_decides_the_century() {
        assertThat(validPersonWithPrefix("010105", 100).birthDate().getYear()).isEqualTo(1905);
        assertThat(validPersonWithPrefix("010105", 600).birthDate().getYear()).isEqualTo(2005);
        assertThat(validPersonWithPrefix("010160", 950).birthDate().getYear()).isEqualTo(1960);
    }

    @Test
    void random_card_numbers_validate_and_a_mistyped_digit_is_caught() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 1_000; i++) {
            CardNumber number = CardNumber.random(random);
            assertThat(CardNumber.of(number.value())).isEqualTo(number);
            String value = number.value();
            int position = random.nextInt(10);
            char other = (char) ('0' + (value.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
            String typo = value.substring(0, position) + other + value.substring(position + 1);
            assertThatThrownBy(() -> CardNumber.of(typo)).isInstanceOf(InvalidIdentifierException.class);
        }
        assertThatThrownBy(() -> CardNumber.of("0123456789")).hasMessageContaining("not starting with 0");
    }

    @Test
    void a_chip_uid_is_normalised_to_upper_case_hex_of_a_known_length() {
        assertThat(ChipUid.of("04:a2:2b:1a:5c:61:80").value()).isEqualTo("04A22B1A5C6180");
        assertThatThrownBy(() -> ChipUid.of("04A22B")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void every_wire_type_is_unique_and_belongs_to_one_topic() {
        long types = Topics.ALL.stream().mapToLong(t -> t.types().size()).sum();
        long distinct = Topics.ALL.stream().flatMap(t -> t.types().keySet().stream()).distinct().count();
        assertThat(distinct).isEqualTo(types);
        assertThat(Topics.ALL.stream().map(Topic::name).distinct().count()).isEqualTo(Topics.ALL.size());
        assertThatThrownBy(() -> Topics.ORDERS.typeOf(InvoiceIssued.class)).hasMessageContaining("not carried");
        assertThat(Topics.ALL).allSatisfy(t -> assertThat(t.name()).matches("hmskort\\.[a-z]+\\.[a-z-]+\\.v\\d+"));
    }

    private static PersonId validPersonWithPrefix(String date, int fromIndividual) {
        for (int individual = fromIndividual; individual < fromIndividual + 100; individual++) {
            for (int checks = 0; checks < 100; checks++) {
                try {
                    return PersonId.of(date + String.format("%03d%02d", individual, checks));
                } catch (InvalidIdentifierException ignored) {
                    // try the next
                }
            }
        }
        throw new IllegalStateException("no valid number from " + date);
    }
}
