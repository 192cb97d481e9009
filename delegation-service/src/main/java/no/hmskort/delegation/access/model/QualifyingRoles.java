package no.hmskort.delegation.access.model;

import java.util.Set;

/**
 * The Enhetsregisteret roles that give the right to order cards for a business (product decision, see
 * the domain file §7): daily manager, chair, sole proprietor, general partners, managing owner,
 * business manager, and the Norwegian representative of a foreign business.
 */
public final class QualifyingRoles {

    private static final Set<String> CODES = Set.of("DAGL", "LEDE", "INNH", "DTPR", "DTSO", "KOMP", "BEST", "FFØR",
            "REPR");

    private QualifyingRoles() {
    }

    public static boolean qualifies(String roleCode) {
        return CODES.contains(roleCode);
    }
}
