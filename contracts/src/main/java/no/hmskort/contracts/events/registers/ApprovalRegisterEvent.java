package no.hmskort.contracts.events.registers;

import java.time.Instant;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * Arbeidstilsynet's approval registers: Renholdsregisteret (approved cleaning businesses),
 * Bemanningsforetaksregisteret (registered staffing agencies) and the register of approved car-care and
 * tyre-change businesses.
 */
public sealed interface ApprovalRegisterEvent extends Event permits ApprovalRegisterEvent.CleaningApprovalChanged,
        ApprovalRegisterEvent.StaffingRegistrationChanged, ApprovalRegisterEvent.CarCareApprovalChanged {

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

    /** Whether the business is an approved car-care (bilpleie) and tyre-change business now. */
    @EventType(name = "CarCareApprovalChanged", version = 1)
    record CarCareApprovalChanged(OrganisationNumber orgnr, boolean approved, Instant asOf)
            implements ApprovalRegisterEvent {
    }
}
