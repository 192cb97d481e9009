package no.hmskort.registers.duties;

import java.time.LocalDate;

/** A rule's verdict: met (perhaps only until a date the register gives), or unmet with the reason. */
public sealed interface DutyResult {

    static DutyResult met() {
        return new Met(null);
    }

    static DutyResult metUntil(LocalDate lastDay) {
        return new Met(lastDay);
    }

    /** @param until the last day it stays met without another register change; null: no end known */
    record Met(LocalDate until) implements DutyResult {
    }

    record Unmet(UnmetDuty duty) implements DutyResult {
    }
}
