package no.hmskort.contracts.events.access;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * A person may act for a business from {@code validFrom} until {@code validUntil} inclusive (null: no
 * end). Consumers apply the dates themselves, so a grant starts and ends on time without another event.
 * Published again, with the same {@code grantId}, whenever the units it covers change: consumers keep
 * the latest.
 *
 * @param orgnr the unit the grant was given on
 * @param coveredUnits every unit the person may act for by this grant: the unit itself and, for a main
 *     unit, its sub-units (rights on a main unit cover its sub-units; a subsidiary is its own business)
 * @param basis why: {@code ROLE:<code>} for an Enhetsregisteret role, {@code DELEGATION} for a delegation
 */
@EventType(name = "AccessGranted", version = 1)
public record AccessGranted(
        String grantId,
        OrganisationNumber orgnr,
        PersonId person,
        String basis,
        LocalDate validFrom,
        LocalDate validUntil,
        List<OrganisationNumber> coveredUnits) implements AccessEvent {

    public AccessGranted {
        coveredUnits = coveredUnits == null ? List.of(orgnr) : List.copyOf(coveredUnits);
    }
}
