package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/** Merverdiavgiftsregisteret: the business is registered for VAT, or has an accepted exemption. */
public final class VatRegistered implements RegisterDuty {

    static final String REGISTER = "Merverdiavgiftsregisteret";

    @Override
    public String name() {
        return "vat-registered";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        BusinessFacts.Vat vat = facts.mainUnit().vat();
        if (vat == null) {
            return unmet(REGISTER, "the business is not found in the VAT register", Laws.BUILDING_SITES);
        }
        if (!vat.registered() && vat.exemption() == null) {
            return unmet(REGISTER, "the business is no longer registered for VAT", Laws.BUILDING_SITES);
        }
        return DutyResult.met();
    }
}
