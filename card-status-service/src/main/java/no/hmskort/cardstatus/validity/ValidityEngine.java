package no.hmskort.cardstatus.validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.cardstatus.validity.duties.BusinessActive;
import no.hmskort.cardstatus.validity.duties.CleaningApproved;
import no.hmskort.cardstatus.validity.duties.DNumberActive;
import no.hmskort.cardstatus.validity.duties.EmploymentRegistered;
import no.hmskort.cardstatus.validity.duties.ResidencePermitWithWorkAccess;
import no.hmskort.cardstatus.validity.duties.StaffingRegistrationKept;
import no.hmskort.cardstatus.validity.duties.VatRegistered;

/** The list of register duties, applied together: a card is valid exactly while every one is met. */
public final class ValidityEngine {

    public static final List<RegisterDuty> DUTIES = List.of(
            new BusinessActive(),
            new VatRegistered(),
            new EmploymentRegistered(),
            new DNumberActive(),
            new CleaningApproved(),
            new StaffingRegistrationKept(),
            new ResidencePermitWithWorkAccess());

    private final List<RegisterDuty> duties;

    public ValidityEngine() {
        this(DUTIES);
    }

    public ValidityEngine(List<RegisterDuty> duties) {
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
