package no.hmskort.delegation.access.model;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.contracts.ids.PersonId;

/**
 * A person's right to act for a business, from a role ({@code ROLE:<code>}) or a delegation.
 *
 * @param personName as the role register or the delegating role holder gave it
 * @param grantedBy the role holder who delegated; null for a role (granted by the register)
 * @param endedAt when it ended before its time (revoked, role gone) or was recorded as expired; null while open
 */
public record Grant(String grantId, PersonId person, String personName, String basis, LocalDate validFrom,
        LocalDate validUntil, PersonId grantedBy, Instant grantedAt, Instant endedAt) {

    public static final String DELEGATION = "DELEGATION";

    public static String roleBasis(String roleCode) {
        return "ROLE:" + roleCode;
    }

    public boolean isFromRole() {
        return basis.startsWith("ROLE:");
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public boolean inForceOn(LocalDate day) {
        return isOpen() && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Open and not past its stop date: it is, or will be, in force. */
    public boolean isCurrentOrFuture(LocalDate day) {
        return isOpen() && (validUntil == null || !day.isAfter(validUntil));
    }

    Grant end(Instant at) {
        return new Grant(grantId, person, personName, basis, validFrom, validUntil, grantedBy, grantedAt, at);
    }
}
