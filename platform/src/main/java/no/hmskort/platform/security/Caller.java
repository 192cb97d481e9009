package no.hmskort.platform.security;

import java.util.Optional;
import java.util.Set;
import no.hmskort.contracts.ids.PersonId;

/**
 * Who is calling: a person logged in through ID-porten (with their personal number and level of
 * assurance), or a machine client with scopes. Controllers take it as a parameter.
 */
public record Caller(Optional<PersonId> person, String acr, String clientId, Set<String> scopes) {

    public boolean isPerson() {
        return person.isPresent();
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
