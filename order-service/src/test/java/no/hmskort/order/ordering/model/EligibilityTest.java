package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.RegisterDuties;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private final OrganisationNumber orgnr = TestIdentifiers.anOrganisationNumber();
    private final PersonId worker = TestIdentifiers.aPerson();
    private final Eligibility eligibility = new Eligibility(new RegisterDuties(),
            List.of(new Eligibility.AheadOfStart(LocalDate.of(2020, 1, 1), 30)));

    @Test
    void an_employment_starting_within_the_allowed_days_lets_the_line_go_on() {
        Evaluation evaluation = eligibility.judge(facts(TODAY.plusDays(30)), TODAY);
        assertThat(evaluation.allMet()).isTrue();
    }

    @Test
    void an_employment_starting_later_than_that_is_an_unmet_duty_naming_its_start() {
        Evaluation evaluation = eligibility.judge(facts(TODAY.plusDays(31)), TODAY);
        assertThat(evaluation.allMet()).isFalse();
        assertThat(evaluation.unmet()).singleElement().satisfies(d -> {
            assertThat(d.duty()).isEqualTo("employment-registered");
            assertThat(d.reason()).contains("starts on " + TODAY.plusDays(31));
        });
    }

    @Test
    void the_allowance_is_a_dated_setting() {
        Eligibility stricter = new Eligibility(new RegisterDuties(), List.of(
                new Eligibility.AheadOfStart(LocalDate.of(2020, 1, 1), 30),
                new Eligibility.AheadOfStart(TODAY, 0)));
        assertThat(stricter.judge(facts(TODAY.plusDays(1)), TODAY).allMet()).isFalse();
        assertThat(stricter.judge(facts(TODAY.plusDays(1)), TODAY.minusDays(1)).allMet()).isTrue();
    }

    private CardFacts facts(LocalDate employmentStart) {
        Instant asOf = Instant.parse("2026-11-01T00:00:00Z");
        BusinessFacts business = BusinessFacts.unknown(orgnr)
                .withUnit(new BusinessFacts.Unit("Fjellbygg AS", "AS", null, false, false, false, asOf))
                .withVat(new BusinessFacts.Vat(true, null, asOf));
        PersonFacts person = PersonFacts.unknown(worker)
                .withEmployment(new PersonFacts.Employment("e1", orgnr, employmentStart, null, asOf));
        return new CardFacts("construction", worker, business, business, person);
    }
}
