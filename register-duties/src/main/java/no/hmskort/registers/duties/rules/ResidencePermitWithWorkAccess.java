package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/**
 * Residence permit (UDI): a cleaning card for a worker who needs a permit requires one with access to
 * work, and is invalid after the permit's last day. Workers without a permit on record (Norwegian and EEA
 * citizens) have no such duty.
 */
public final class ResidencePermitWithWorkAccess implements RegisterDuty {

    @Override
    public String name() {
        return "residence-permit";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        PersonFacts.ResidencePermit permit = facts.person().residencePermit();
        if (!facts.isCleaningCard() || permit == null) {
            return DutyResult.met();
        }
        if (!permit.workAccess()) {
            return unmet("UDI", "the holder's residence permit gives no access to work", Laws.CLEANING);
        }
        if (permit.validUntil() != null && today.isAfter(permit.validUntil())) {
            return unmet("UDI", "the holder's residence permit ended on " + permit.validUntil(), Laws.CLEANING);
        }
        return DutyResult.metUntil(permit.validUntil());
    }
}
