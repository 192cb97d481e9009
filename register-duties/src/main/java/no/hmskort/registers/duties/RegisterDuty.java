package no.hmskort.registers.duties;

import java.time.LocalDate;

/**
 * One registration duty a card depends on: a small function from the facts to met or unmet. Adding a
 * register is adding a fact type and a duty.
 */
public interface RegisterDuty {

    String name();

    DutyResult check(CardFacts facts, LocalDate today);

    default DutyResult unmet(String register, String reason, String law) {
        return new DutyResult.Unmet(new UnmetDuty(name(), register, reason, law));
    }
}
