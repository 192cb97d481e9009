package no.hmskort.delegation.access.model;

import java.time.Instant;
import no.hmskort.contracts.ids.PersonId;

/**
 * One line of a business's access audit trail: what happened to whose rights, done by whom, when.
 *
 * @param actor who did it; null when the register or the calendar did
 */
public record AuditEntry(Instant at, Action action, String grantId, String basis, PersonId subject, PersonId actor,
        String detail) {

    public enum Action {
        ROLE_GRANTED,
        ROLE_REVOKED,
        DELEGATED,
        DELEGATION_REVOKED,
        DELEGATION_EXPIRED,
        COVERAGE_CHANGED
    }
}
