package no.hmskort.contracts.events.access;

import java.time.LocalDate;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * A person may order for a business (and its sub-units, when it is a main unit) from {@code validFrom}
 * until {@code validUntil} inclusive (null: no end). Consumers apply the dates themselves, so a grant
 * starts and ends on time without another event.
 *
 * @param basis why: {@code ROLE:<code>} for an Enhetsregisteret role, {@code DELEGATION} for a delegation
 */
@EventType(name = "AccessGranted", version = 1)
public record AccessGranted(
        String grantId,
        OrganisationNumber orgnr,
        PersonId person,
        String basis,
        LocalDate validFrom,
        LocalDate validUntil) implements AccessEvent {
}
