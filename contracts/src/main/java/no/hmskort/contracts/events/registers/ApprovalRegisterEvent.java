package no.hmskort.contracts.events.registers;

import java.time.Instant;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * Arbeidstilsynet's approval registers: Renholdsregisteret (approved cleaning businesses) and
 * Bemanningsforetaksregisteret (registered staffing agencies).
 */
public sealed interface ApprovalRegisterEvent extends Event
        permits ApprovalRegisterEvent.CleaningApprovalChanged, ApprovalRegisterEvent.StaffingRegistrationChanged {

    OrganisationNumber orgnr();

    @Override
    default String partitionKey() {
        return orgnr().value();
    }

    /** Whether the business is an approved cleaning business now. */
    @EventType(name = "CleaningApprovalChanged", version = 1)
    record CleaningApprovalChanged(OrganisationNumber orgnr, boolean approved, Instant asOf)
            implements ApprovalRegisterEvent {
    }

    /** Whether the business is a registered staffing agency now; false after a withdrawal. */
    @EventType(name = "StaffingRegistrationChanged", version = 1)
    record StaffingRegistrationChanged(OrganisationNumber orgnr, boolean registered, Instant asOf)
            implements ApprovalRegisterEvent {
    }
}
