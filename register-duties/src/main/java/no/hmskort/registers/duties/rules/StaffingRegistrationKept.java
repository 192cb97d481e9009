package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/** Bemanningsforetaksregisteret: a staffing agency whose registration is withdrawn may not hire out workers. */
public final class StaffingRegistrationKept implements RegisterDuty {

    @Override
    public String name() {
        return "staffing-registration";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        if (Boolean.FALSE.equals(facts.mainUnit().staffingRegistered())) {
            return unmet("Bemanningsforetaksregisteret", "the business's registration as a staffing agency is withdrawn",
                    Laws.STAFFING);
        }
        return DutyResult.met();
    }
}
