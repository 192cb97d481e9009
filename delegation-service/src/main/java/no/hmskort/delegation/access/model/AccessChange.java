package no.hmskort.delegation.access.model;

/** What a change to a business did to its grants: one granted or one revoked, to be told to the others. */
public sealed interface AccessChange {

    Grant grant();

    record Granted(Grant grant) implements AccessChange {
    }

    record Revoked(Grant grant, String reason) implements AccessChange {
    }
}
