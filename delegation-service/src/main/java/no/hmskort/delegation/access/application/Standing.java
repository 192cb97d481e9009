package no.hmskort.delegation.access.application;

import no.hmskort.delegation.access.model.Business;

/**
 * What a person may do with a business's access: manage it as a role holder, nothing as a delegate (who may
 * order but not see or give rights), nothing as a stranger. An unknown business makes a stranger of everyone,
 * so a refusal does not tell whether the business exists.
 */
public sealed interface Standing {

    record HoldsRole(Business business) implements Standing {
    }

    record DelegateOnly() implements Standing {
    }

    record NoRights() implements Standing {
    }
}
