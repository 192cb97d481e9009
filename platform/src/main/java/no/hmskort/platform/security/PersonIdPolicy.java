package no.hmskort.platform.security;

import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.web.ApiProblem;

/** Whether synthetic test-data personal numbers are accepted (on in the local stack, off in production). */
public record PersonIdPolicy(boolean acceptSynthetic) {

    public void requireAccepted(String field, PersonId person) {
        if (person.isSynthetic() && !acceptSynthetic) {
            throw ApiProblem.invalid(field, "is a synthetic test number, not accepted in this environment");
        }
    }
}
