package no.hmskort.contracts.events.access;

import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/** A grant ends now: the role was removed, the delegation revoked, or its stop date passed. */
@EventType(name = "AccessRevoked", version = 1)
public record AccessRevoked(String grantId, OrganisationNumber orgnr, String reason) implements AccessEvent {
}
