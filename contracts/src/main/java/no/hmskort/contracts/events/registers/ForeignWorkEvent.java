package no.hmskort.contracts.events.registers;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * Oppdrags- og arbeidsforholdsregisteret (Skatteetaten, via SFU): foreign businesses' assignments in
 * Norway and the foreign workers on them.
 */
public sealed interface ForeignWorkEvent extends Event
        permits ForeignWorkEvent.AssignmentChanged, ForeignWorkEvent.ForeignWorkerChanged {

    OrganisationNumber business();

    @Override
    default String partitionKey() {
        return business().value();
    }

    /** A foreign business's assignment in Norway, as registered now. */
    @EventType(name = "AssignmentChanged", version = 1)
    record AssignmentChanged(String assignmentId, OrganisationNumber business, LocalDate startDate, LocalDate endDate,
            Instant asOf) implements ForeignWorkEvent {
    }

    /** A foreign worker's employment on an assignment, as registered now. */
    @EventType(name = "ForeignWorkerChanged", version = 1)
    record ForeignWorkerChanged(String assignmentId, OrganisationNumber business, PersonId person, LocalDate startDate,
            LocalDate endDate, Instant asOf) implements ForeignWorkEvent {
    }
}
