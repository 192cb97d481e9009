package no.hmskort.platform.security;

import java.util.List;

/**
 * ID-porten's levels of assurance ({@code acr}), lowest first. MinID reaches only substantial; BankID
 * and Buypass reach high.
 */
public final class AssuranceLevel {

    public static final String SUBSTANTIAL = "idporten-loa-substantial";
    public static final String HIGH = "idporten-loa-high";
    private static final List<String> ORDER = List.of(SUBSTANTIAL, HIGH);

    private AssuranceLevel() {
    }

    /** Whether {@code acr} is at least {@code minimum}; an unknown level never is. */
    public static boolean atLeast(String acr, String minimum) {
        if (acr == null) {
            return false;
        }
        int level = ORDER.indexOf(acr);
        return level >= 0 && level >= ORDER.indexOf(minimum);
    }
}
