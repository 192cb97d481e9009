package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/** Enhetsregisteret: the unit and its main unit exist, are not deleted, bankrupt or being wound up. */
public final class BusinessActive implements RegisterDuty {

    static final String REGISTER = "Enhetsregisteret";

    @Override
    public String name() {
        return "business-active";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        for (BusinessFacts business : java.util.List.of(facts.orderingUnit(), facts.mainUnit())) {
            BusinessFacts.Unit unit = business.unit();
            String who = unit == null || unit.name() == null ? business.orgnr().value() : unit.name() + " (" + business.orgnr() + ")";
            if (unit == null) {
                return unmet(REGISTER, who + " is not found in Enhetsregisteret", Laws.BUILDING_SITES);
            }
            if (unit.deleted()) {
                return unmet(REGISTER, who + " is deleted in Enhetsregisteret", Laws.BUILDING_SITES);
            }
            if (unit.bankrupt()) {
                return unmet(REGISTER, who + " is bankrupt", Laws.BUILDING_SITES);
            }
            if (unit.underLiquidation()) {
                return unmet(REGISTER, who + " is being wound up", Laws.BUILDING_SITES);
            }
        }
        return DutyResult.met();
    }
}
