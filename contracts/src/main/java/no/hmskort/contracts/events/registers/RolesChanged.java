package no.hmskort.contracts.events.registers;

import java.time.Instant;
import java.util.List;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/** Every formal role a unit has now, in full (state transfer, like {@link UnitChanged}). */
@EventType(name = "RolesChanged", version = 1)
public record RolesChanged(OrganisationNumber orgnr, List<Role> roles, Instant asOf) implements EnhetsregisteretEvent {

    public RolesChanged {
        roles = List.copyOf(roles);
    }

    /** @param code Enhetsregisteret's role code, e.g. DAGL (daily manager), LEDE (chair), INNH (owner) */
    public record Role(String code, PersonId person, String name) {
    }
}
