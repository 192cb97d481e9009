package no.hmskort.registers.duties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.junit.jupiter.api.Test;

/** Each register duty, one by one, on facts built to show it. */
class RegisterDutiesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final OrganisationNumber MAIN = OrganisationNumber.of("315114306");
    static final OrganisationNumber SUB = OrganisationNumber.of("315114314");
    static final PersonId WORKER = PersonId.of("02928510045");

    final RegisterDuties engine = new RegisterDuties();

    @Test
    void an_employee_of_an_active_vat_registered_business_has_every_duty_met() {
        Evaluation evaluation = engine.evaluate(construction(aMainUnit("AS"), employedSince(TODAY.minusYears(1))), TODAY);
        assertThat(evaluation.allMet()).isTrue();
        assertThat(evaluation.recheckAfter()).isNull();
    }

    @Test
    void an_ended_employment_is_an_unmet_duty_naming_the_date_and_a_fixed_term_sets_the_recheck_date() {
        CardFacts ended = construction(aMainUnit("AS"), employed(TODAY.minusYears(1), TODAY.minusDays(1)));
        assertThat(reasons(ended)).containsExactly("the employment ended on " + TODAY.minusDays(1));
        CardFacts fixedTerm = construction(aMainUnit("AS"), employed(TODAY.minusYears(1), TODAY.plusDays(30)));
        assertThat(engine.evaluate(fixedTerm, TODAY).recheckAfter()).isEqualTo(TODAY.plusDays(30));
        assertThat(reasons(fixedTerm, TODAY.plusDays(31))).containsExactly("the employment ended on " + TODAY.plusDays(30));
    }

    @Test
    void no_employment_or_one_that_starts_later_is_unmet() {
        assertThat(reasons(construction(aMainUnit("AS"), PersonFacts.unknown(WORKER))))
                .containsExactly("no employment is registered between the holder and the business");
        assertThat(reasons(construction(aMainUnit("AS"), employedSince(TODAY.plusDays(10)))))
                .containsExactly("the employment starts on " + TODAY.plusDays(10));
    }

    @Test
    void a_sole_proprietor_needs_no_employment_but_an_employee_of_an_enk_does() {
        BusinessFacts enk = aMainUnit("ENK").withRoles(List.of(new BusinessFacts.Role("INNH", WORKER)), T0);
        assertThat(engine.evaluate(construction(enk, PersonFacts.unknown(WORKER)), TODAY).allMet()).isTrue();
        BusinessFacts someoneElsesEnk = aMainUnit("ENK").withRoles(List.of(new BusinessFacts.Role("INNH",
                PersonId.of("15858010060"))), T0);
        assertThat(engine.evaluate(construction(someoneElsesEnk, PersonFacts.unknown(WORKER)), TODAY).allMet()).isFalse();
    }

    @Test
    void a_deleted_bankrupt_or_unknown_business_is_named_in_the_reason() {
        BusinessFacts deleted = aMainUnit("AS").withUnit(new BusinessFacts.Unit("Borte AS", "AS", null, true, false, false,
                T0.plusSeconds(1)));
        assertThat(reasons(construction(deleted, employedSince(TODAY.minusYears(1)))))
                .containsExactly("Borte AS (315114306) is deleted in Enhetsregisteret");
        BusinessFacts bankrupt = aMainUnit("AS").withUnit(new BusinessFacts.Unit("Konkurs AS", "AS", null, false, true,
                false, T0.plusSeconds(1)));
        assertThat(reasons(construction(bankrupt, employedSince(TODAY.minusYears(1))))).containsExactly("Konkurs AS (315114306) is bankrupt");
        assertThat(reasons(construction(BusinessFacts.unknown(MAIN), employedSince(TODAY.minusYears(1)))))
                .contains("315114306 is not found in Enhetsregisteret");
    }

    @Test
    void vat_registration_gone_is_unmet_unless_an_exemption_is_accepted() {
        BusinessFacts gone = aMainUnit("AS").withVat(new BusinessFacts.Vat(false, null, T0.plusSeconds(1)));
        assertThat(reasons(construction(gone, employedSince(TODAY.minusYears(1)))))
                .containsExactly("the business is no longer registered for VAT");
        BusinessFacts exempt = aMainUnit("AS").withVat(new BusinessFacts.Vat(false, "newly founded", T0.plusSeconds(1)));
        assertThat(engine.evaluate(construction(exempt, employedSince(TODAY.minusYears(1))), TODAY).allMet()).isTrue();
    }

    @Test
    void a_cleaning_card_needs_the_approval_and_a_construction_card_of_the_same_business_does_not() {
        BusinessFacts withdrawn = aMainUnit("AS").withCleaningApproval(false, T0);
        assertThat(reasons(cleaning(withdrawn, employedSince(TODAY.minusYears(1)))))
                .containsExactly("the business's approval as a cleaning business is withdrawn");
        assertThat(engine.evaluate(construction(withdrawn, employedSince(TODAY.minusYears(1))), TODAY).allMet()).isTrue();
        assertThat(engine.evaluate(cleaning(aMainUnit("AS").withCleaningApproval(true, T0),
                employedSince(TODAY.minusYears(1))), TODAY).allMet()).isTrue();
    }

    @Test
    void a_foreign_worker_needs_work_on_a_current_assignment_of_the_business() {
        BusinessFacts nuf = aMainUnit("NUF").withAssignment(new BusinessFacts.Assignment("a-1", TODAY.minusMonths(2),
                TODAY.plusMonths(4), T0));
        PersonFacts onAssignment = PersonFacts.unknown(WORKER).withForeignWork(new PersonFacts.ForeignWork("a-1", MAIN,
                TODAY.minusMonths(1), TODAY.plusMonths(6), T0));
        Evaluation evaluation = engine.evaluate(construction(nuf, onAssignment), TODAY);
        assertThat(evaluation.allMet()).isTrue();
        assertThat(evaluation.recheckAfter()).isEqualTo(TODAY.plusMonths(4));
        assertThat(reasons(construction(nuf, onAssignment), TODAY.plusMonths(5)))
                .containsExactly("no current work for the business on a registered assignment in Norway");
        assertThat(reasons(construction(nuf, employedSince(TODAY.minusYears(1)))))
                .containsExactly("no current work for the business on a registered assignment in Norway");
    }

    @Test
    void an_inactive_d_number_and_a_permit_without_work_access_are_unmet() {
        PersonId dNumber = PersonId.of(validDNumber());
        PersonFacts inactive = employedSince(dNumber, TODAY.minusYears(1)).withDNumberStatus(false, T0);
        assertThat(reasons(new CardFacts("construction", dNumber, aMainUnit("AS"), aMainUnit("AS"), inactive)))
                .containsExactly("the holder's D-number is inactive; it must be reactivated");
        PersonFacts noWork = employedSince(TODAY.minusYears(1))
                .withResidencePermit(new PersonFacts.ResidencePermit(false, null, T0));
        assertThat(reasons(cleaning(aMainUnit("AS").withCleaningApproval(true, T0), noWork)))
                .containsExactly("the holder's residence permit gives no access to work");
        PersonFacts expiring = employedSince(TODAY.minusYears(1))
                .withResidencePermit(new PersonFacts.ResidencePermit(true, TODAY.plusDays(3), T0));
        assertThat(engine.evaluate(cleaning(aMainUnit("AS").withCleaningApproval(true, T0), expiring), TODAY)
                .recheckAfter()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void a_business_that_hires_out_labour_must_be_registered_as_a_staffing_agency_never_registered_fails_like_withdrawn() {
        BusinessFacts agency = aMainUnit("AS").withUnit(new BusinessFacts.Unit("Bemanning AS", "AS", null, false, false,
                false, T0.plusSeconds(1), "78.200"));
        String neverRegistered = "the business hires out labour (industry code 78.200) but is not registered as a staffing agency";
        assertThat(reasons(construction(agency, employedSince(TODAY.minusYears(1))))).containsExactly(neverRegistered);
        assertThat(reasons(construction(agency.withStaffingRegistration(true, T0), employedSince(TODAY.minusYears(1)))))
                .isEmpty();
        assertThat(reasons(construction(agency.withStaffingRegistration(false, T0), employedSince(TODAY.minusYears(1)))))
                .containsExactly("the business's registration as a staffing agency is withdrawn");
        BusinessFacts builder = aMainUnit("AS").withUnit(new BusinessFacts.Unit("Bygg AS", "AS", null, false, false,
                false, T0.plusSeconds(1), "41.200"));
        assertThat(reasons(construction(builder, employedSince(TODAY.minusYears(1))))).isEmpty();
    }

    @Test
    void a_car_care_card_needs_the_car_care_approval_from_july_2022_and_other_cards_do_not() {
        CardFacts unapproved = new CardFacts("car-care", WORKER, aMainUnit("AS"), aMainUnit("AS"),
                employedSince(LocalDate.of(2020, 1, 1)));
        assertThat(reasons(unapproved, LocalDate.of(2022, 6, 30))).isEmpty();
        assertThat(reasons(unapproved, LocalDate.of(2022, 7, 1)))
                .containsExactly("the business is not an approved car-care business");
        BusinessFacts approved = aMainUnit("AS").withCarCareApproval(true, T0);
        assertThat(reasons(new CardFacts("car-care", WORKER, approved, approved, employedSince(LocalDate.of(2020, 1, 1))),
                TODAY)).isEmpty();
        BusinessFacts withdrawn = approved.withCarCareApproval(false, T0.plusSeconds(1));
        assertThat(reasons(new CardFacts("car-care", WORKER, withdrawn, withdrawn, employedSince(LocalDate.of(2020, 1, 1))),
                TODAY)).containsExactly("the business's approval as a car-care business is withdrawn");
        assertThat(reasons(construction(aMainUnit("AS"), employedSince(TODAY.minusYears(1))))).isEmpty();
    }

    @Test
    void every_unmet_duty_names_its_register_and_provision() {
        BusinessFacts everythingWrong = BusinessFacts.unknown(MAIN).withCleaningApproval(false, T0)
                .withStaffingRegistration(false, T0);
        Evaluation evaluation = engine.evaluate(cleaning(everythingWrong, PersonFacts.unknown(WORKER)), TODAY);
        assertThat(evaluation.unmet()).extracting(UnmetDuty::duty).containsExactly("business-active",
                "vat-registered", "employment-registered", "cleaning-approval", "staffing-registration");
        assertThat(evaluation.unmet()).allSatisfy(d -> {
            assertThat(d.register()).isNotBlank();
            assertThat(d.law()).contains("§");
        });
    }

    private List<String> reasons(CardFacts facts) {
        return reasons(facts, TODAY);
    }

    private List<String> reasons(CardFacts facts, LocalDate day) {
        return engine.evaluate(facts, day).unmet().stream().map(UnmetDuty::reason).toList();
    }

    static BusinessFacts aMainUnit(String form) {
        return BusinessFacts.unknown(MAIN)
                .withUnit(new BusinessFacts.Unit("Demo Bygg AS", form, null, false, false, false, T0))
                .withVat(new BusinessFacts.Vat(true, null, T0));
    }

    static CardFacts construction(BusinessFacts main, PersonFacts person) {
        return new CardFacts("construction", person.person(), main, main, person);
    }

    static CardFacts cleaning(BusinessFacts main, PersonFacts person) {
        return new CardFacts("cleaning", person.person(), main, main, person);
    }

    static PersonFacts employedSince(LocalDate start) {
        return employedSince(WORKER, start);
    }

    static PersonFacts employedSince(PersonId person, LocalDate start) {
        return PersonFacts.unknown(person).withEmployment(new PersonFacts.Employment("e-1", MAIN, start, null, T0));
    }

    static PersonFacts employed(LocalDate start, LocalDate end) {
        return PersonFacts.unknown(WORKER).withEmployment(new PersonFacts.Employment("e-1", MAIN, start, end, T0));
    }

    /** A D-number (first digit + 4) with valid check digits, found by trying the control digits. */
    static String validDNumber() {
        for (int individual = 100; individual < 500; individual++) {
            for (int checks = 0; checks < 100; checks++) {
                String candidate = "410190" + String.format("%03d%02d", individual, checks);
                try {
                    PersonId.of(candidate);
                    return candidate;
                } catch (IllegalArgumentException ignored) {
                    // next
                }
            }
        }
        throw new IllegalStateException();
    }
}
