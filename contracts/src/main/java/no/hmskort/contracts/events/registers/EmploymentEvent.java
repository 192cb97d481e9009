package no.hmskort.contracts.events.registers;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/** Aa-registeret: NAV's register of employers and employees. */
public sealed interface EmploymentEvent extends Event permits EmploymentEvent.EmploymentChanged {

    /**
     * One employment as registered now (state transfer per employment id).
     *
     * @param employer the unit (usually a sub-unit) the person is employed at
     * @param endDate the last day; null while open-ended
     */
    @EventType(name = "EmploymentChanged", version = 1)
    record EmploymentChanged(String employmentId, OrganisationNumber employer, PersonId person, LocalDate startDate,
            LocalDate endDate, Instant asOf) implements EmploymentEvent {

        @Override
        public String partitionKey() {
            return employer.value();
        }
    }
}
