package no.hmskort.registers.duties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.registers.duties.rules.BusinessActive;
import no.hmskort.registers.duties.rules.CarCareApproved;
import no.hmskort.registers.duties.rules.CleaningApproved;
import no.hmskort.registers.duties.rules.DNumberActive;
import no.hmskort.registers.duties.rules.EmploymentRegistered;
import no.hmskort.registers.duties.rules.ResidencePermitWithWorkAccess;
import no.hmskort.registers.duties.rules.StaffingRegistrationKept;
import no.hmskort.registers.duties.rules.VatRegistered;

/** The list of register duties, applied together: a card is valid exactly while every one is met. */
public final class RegisterDuties {

    public static final List<RegisterDuty> DUTIES = List.of(
            new BusinessActive(),
            new VatRegistered(),
            new EmploymentRegistered(),
            new DNumberActive(),
            new CleaningApproved(),
            new CarCareApproved(),
            new StaffingRegistrationKept(),
            new ResidencePermitWithWorkAccess());

    private final List<RegisterDuty> duties;

    public RegisterDuties() {
        this(DUTIES);
    }

    public RegisterDuties(List<RegisterDuty> duties) {
        this.duties = List.copyOf(duties);
    }

    public Evaluation evaluate(CardFacts facts, LocalDate today) {
        List<UnmetDuty> unmet = new ArrayList<>();
        LocalDate recheckAfter = null;
        for (RegisterDuty duty : duties) {
            switch (duty.check(facts, today)) {
                case DutyResult.Unmet u -> unmet.add(u.duty());
                case DutyResult.Met m -> recheckAfter = earliest(recheckAfter, m.until());
            }
        }
        return new Evaluation(unmet, recheckAfter);
    }

    static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
