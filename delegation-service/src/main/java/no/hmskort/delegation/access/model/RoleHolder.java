package no.hmskort.delegation.access.model;

import no.hmskort.contracts.ids.PersonId;

/** A formal role in Enhetsregisteret: who holds which role code. */
public record RoleHolder(String code, PersonId person, String name) {
}
