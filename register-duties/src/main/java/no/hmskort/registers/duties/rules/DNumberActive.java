package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/** Folkeregisteret / SFU: a holder with a D-number needs it active (unused ones are deactivated after 5 years). */
public final class DNumberActive implements RegisterDuty {

    @Override
    public String name() {
        return "d-number-active";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        if (facts.holder().isDNumber() && Boolean.FALSE.equals(facts.person().dNumberActive())) {
            return unmet("Folkeregisteret", "the holder's D-number is inactive; it must be reactivated",
                    Laws.BUILDING_SITES);
        }
        return DutyResult.met();
    }
}
