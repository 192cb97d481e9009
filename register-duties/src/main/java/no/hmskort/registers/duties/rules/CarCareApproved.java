package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/**
 * The register of approved car-care and tyre-change businesses: from 2022-07-01 a car-care card needs a
 * business approved there (before that day the scheme ran without the approval).
 */
public final class CarCareApproved implements RegisterDuty {

    static final LocalDate REQUIRED_FROM = LocalDate.of(2022, 7, 1);
    static final String REGISTER = "Register over godkjente bilpleie- og dekkskiftvirksomheter";

    @Override
    public String name() {
        return "car-care-approval";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        if (!facts.isCarCareCard() || today.isBefore(REQUIRED_FROM)) {
            return DutyResult.met();
        }
        Boolean approved = facts.mainUnit().carCareApproved();
        if (approved == null) {
            return unmet(REGISTER, "the business is not an approved car-care business", Laws.CAR_CARE);
        }
        if (!approved) {
            return unmet(REGISTER, "the business's approval as a car-care business is withdrawn", Laws.CAR_CARE);
        }
        return DutyResult.met();
    }
}
