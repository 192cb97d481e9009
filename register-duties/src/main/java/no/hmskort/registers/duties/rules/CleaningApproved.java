package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/** Renholdsregisteret: a cleaning card needs an approved cleaning business. */
public final class CleaningApproved implements RegisterDuty {

    @Override
    public String name() {
        return "cleaning-approval";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        if (!facts.isCleaningCard()) {
            return DutyResult.met();
        }
        Boolean approved = facts.mainUnit().cleaningApproved();
        if (approved == null) {
            return unmet("Renholdsregisteret", "the business is not an approved cleaning business", Laws.CLEANING);
        }
        if (!approved) {
            return unmet("Renholdsregisteret", "the business's approval as a cleaning business is withdrawn",
                    Laws.CLEANING);
        }
        return DutyResult.met();
    }
}
