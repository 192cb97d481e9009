package no.hmskort.platform.security;

import java.util.Optional;
import java.util.Set;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;

/**
 * Who is calling: a person logged in through ID-porten (with their personal number and level of
 * assurance), or a machine client with scopes. Controllers take it as a parameter.
 */
public record Caller(Optional<PersonId> person, String acr, String clientId, Set<String> scopes) {

    public static final ProblemType PERSON_REQUIRED = ProblemType.of("person-required",
            org.springframework.http.HttpStatus.FORBIDDEN, "A person's ID-porten login is required");

    /** Operator tools: production, billing, re-evaluation, the audit trail. */
    public static final String OPERATOR_SCOPE = "hmskort:operator";
    /** The printer partner: fetching photos for print jobs. */
    public static final String PRINTER_SCOPE = "hmskort:printer";
    /** Site gates and access-control systems: the chip lookup. */
    public static final String GATE_SCOPE = "hmskort:gate";

    public boolean isPerson() {
        return person.isPresent();
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /**
     * Refuses with 403 unless this is a machine client whose token carries the scope; {@code what} names the
     * tool in the answer. A person's login never passes, whatever scopes its token lists: scopes are given to
     * clients, rights to people.
     */
    public void requireScope(String scope, String what) {
        if (isPerson() || !hasScope(scope)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, what + " need a client token with scope " + scope);
        }
    }

    /** The person logged in through ID-porten; 403 for a machine client, which acts for no business. */
    public PersonId requirePerson() {
        return person.orElseThrow(() -> new ApiProblem(PERSON_REQUIRED,
                "This needs a person logged in through ID-porten; a client token acts for no business"));
    }
}
