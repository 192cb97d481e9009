package no.hmskort.platform.security;

import java.util.Optional;
import java.util.Set;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;

/**
 * Who is calling: a person logged in through ID-porten (with their personal number and level of
 * assurance), or a machine client of an organisation through Maskinporten, with scopes. Which one is decided
 * by the token's issuer, never by its claims alone: a person has no scopes here (an ID-porten token's scopes
 * are the portal's, not rights), and a client has no personal number. Controllers take it as a parameter.
 *
 * @param clientOrganisation the organisation a Maskinporten client acts for (its {@code consumer} claim)
 */
public record Caller(Optional<PersonId> person, String acr, String clientId, Set<String> scopes,
        Optional<OrganisationNumber> clientOrganisation) {

    public static final ProblemType PERSON_REQUIRED = ProblemType.of("person-required",
            org.springframework.http.HttpStatus.FORBIDDEN, "A person's ID-porten login is required");

    /** Operator tools: production, billing, re-evaluation, the audit trail. */
    public static final String OPERATOR_SCOPE = "hmskort:operator";
    /** The printer partner: fetching photos for print jobs. */
    public static final String PRINTER_SCOPE = "hmskort:printer";
    /** Site gates and access-control systems: the chip lookup. */
    public static final String GATE_SCOPE = "hmskort:gate";

    public Caller {
        scopes = Set.copyOf(scopes);
        if (person.isPresent() == clientOrganisation.isPresent()) {
            throw new IllegalArgumentException("a caller is either a person or a client of an organisation");
        }
        if (person.isPresent() && !scopes.isEmpty()) {
            throw new IllegalArgumentException("a person's login carries no machine scopes");
        }
    }

    /** A person logged in through ID-porten. */
    public static Caller person(PersonId person, String acr, String clientId) {
        return new Caller(Optional.of(person), acr, clientId, Set.of(), Optional.empty());
    }

    /** A machine client through Maskinporten, acting for {@code organisation} with {@code scopes}. */
    public static Caller client(String clientId, OrganisationNumber organisation, Set<String> scopes) {
        return new Caller(Optional.empty(), null, clientId, scopes, Optional.of(organisation));
    }

    public boolean isPerson() {
        return person.isPresent();
    }

    /** Whether this is a machine client whose token carries the scope; a person never has one. */
    public boolean hasScope(String scope) {
        return !isPerson() && scopes.contains(scope);
    }

    /**
     * Refuses with 403 unless this is a machine client whose token carries the scope; {@code what} names the
     * tool in the answer. A person's login never passes: scopes are given to clients, rights to people.
     */
    public void requireScope(String scope, String what) {
        if (!hasScope(scope)) {
            throw new ApiProblem(ProblemType.FORBIDDEN, what + " need a client token with scope " + scope);
        }
    }

    /** The person logged in through ID-porten; 403 for a machine client, which acts for no business. */
    public PersonId requirePerson() {
        return person.orElseThrow(() -> new ApiProblem(PERSON_REQUIRED,
                "This needs a person logged in through ID-porten; a client token acts for no business"));
    }
}
