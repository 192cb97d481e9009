package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import java.util.Set;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;
import no.hmskort.registers.model.BusinessFacts;

/**
 * Bemanningsforetaksregisteret: a business that hires out labour must be registered as a staffing agency
 * before it hires anyone out. "Hires out labour" is read from its main industry in Enhetsregisteret
 * (næringskode 78.200, "Utleie av arbeidskraft"); such a business that was never registered fails the duty
 * exactly as one whose registration was withdrawn. A withdrawal fails it whatever the industry code says.
 */
public final class StaffingRegistrationKept implements RegisterDuty {

    /** SN2007 codes of businesses that hire out labour. */
    static final Set<String> HIRING_OUT_LABOUR = Set.of("78.200");

    @Override
    public String name() {
        return "staffing-registration";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        BusinessFacts main = facts.mainUnit();
        if (Boolean.FALSE.equals(main.staffingRegistered())) {
            return unmet("Bemanningsforetaksregisteret", "the business's registration as a staffing agency is withdrawn",
                    Laws.STAFFING);
        }
        if (main.staffingRegistered() == null && hiresOutLabour(main)) {
            return unmet("Bemanningsforetaksregisteret", "the business hires out labour (industry code "
                    + main.unit().industryCode() + ") but is not registered as a staffing agency", Laws.STAFFING);
        }
        return DutyResult.met();
    }

    private static boolean hiresOutLabour(BusinessFacts business) {
        return business.unit() != null && business.unit().industryCode() != null
                && HIRING_OUT_LABOUR.contains(business.unit().industryCode());
    }
}
