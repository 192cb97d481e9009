package no.hmskort.billing.invoicing.model;

import static org.assertj.core.api.Assertions.assertThat;

import no.hmskort.contracts.ids.OrganisationNumber;
import org.junit.jupiter.api.Test;

class AudienceTest {

    static final OrganisationNumber MAIN = OrganisationNumber.of("315114314");
    static final OrganisationNumber SUB = OrganisationNumber.of("315114306");
    static final OrganisationNumber OTHER_MAIN = OrganisationNumber.of("974761211");

    @Test
    void a_main_unit_sees_what_is_addressed_to_it_including_what_its_sub_units_ordered() {
        Audience main = new Audience(MAIN, MAIN);
        assertThat(main.sees(MAIN, MAIN)).isTrue();
        assertThat(main.sees(MAIN, SUB)).isTrue();
        assertThat(main.sees(OTHER_MAIN, SUB)).as("its former sub-unit's orders for another main unit").isFalse();
    }

    @Test
    void a_sub_unit_sees_what_it_ordered_for_its_current_main_unit_only() {
        Audience sub = new Audience(SUB, MAIN);
        assertThat(sub.sees(MAIN, SUB)).isTrue();
        assertThat(sub.sees(MAIN, MAIN)).as("its main unit's own orders").isFalse();
        assertThat(sub.sees(OTHER_MAIN, SUB)).as("what it ordered for a former main unit").isFalse();
    }

    @Test
    void a_document_from_before_buyers_were_main_units_is_seen_by_the_unit_it_was_addressed_to() {
        assertThat(new Audience(SUB, MAIN).sees(SUB, SUB)).isTrue();
    }
}
