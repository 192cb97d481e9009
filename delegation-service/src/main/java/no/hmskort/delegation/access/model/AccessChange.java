package no.hmskort.delegation.access.model;

import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/** What a change to a business did to its grants, to be told to the other services. */
public sealed interface AccessChange {

    Grant grant();

    /** The grant is (still) in force over these units: new, or its coverage changed. */
    record Granted(Grant grant, List<OrganisationNumber> coveredUnits) implements AccessChange {
    }

    record Revoked(Grant grant, String reason) implements AccessChange {
    }
}
