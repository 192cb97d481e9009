package no.hmskort.registers.duties;

import java.time.LocalDate;
import java.util.List;

/**
 * The verdict on a card's duties today.
 *
 * @param unmet every duty not met; empty when all are
 * @param recheckAfter the last day on which this verdict is known to hold (a register end date); null: no
 *     date is known, only a register change can alter it
 */
public record Evaluation(List<UnmetDuty> unmet, LocalDate recheckAfter) {

    public Evaluation {
        unmet = List.copyOf(unmet);
    }

    public boolean allMet() {
        return unmet.isEmpty();
    }
}
