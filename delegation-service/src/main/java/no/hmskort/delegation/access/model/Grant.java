package no.hmskort.delegation.access.model;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.contracts.ids.PersonId;

/**
 * A person's right to order for a business, from a role ({@code ROLE:<code>}) or a delegation.
 *
 * @param revokedAt when it ended before its time; null while in force
 */
public record Grant(String grantId, PersonId person, String basis, LocalDate validFrom, LocalDate validUntil,
        Instant revokedAt) {

    public static String roleBasis(String roleCode) {
        return "ROLE:" + roleCode;
    }

    public boolean isFromRole() {
        return basis.startsWith("ROLE:");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean inForceOn(LocalDate day) {
        return !isRevoked() && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    Grant revoke(Instant at) {
        return new Grant(grantId, person, basis, validFrom, validUntil, at);
    }
}
