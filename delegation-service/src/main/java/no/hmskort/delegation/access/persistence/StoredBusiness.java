package no.hmskort.delegation.access.persistence;

import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.messaging.AppliedEvents;

/**
 * A business with the ids of the register events it has applied: remembering an event is part of the same
 * write as the change it made, so a redelivery is recognised. Plumbing, so the model never sees it.
 */
record StoredBusiness(Business business, AppliedEvents applied) {

    static StoredBusiness unknown(OrganisationNumber orgnr) {
        return new StoredBusiness(Business.unknown(orgnr), new AppliedEvents());
    }

    StoredBusiness with(Business changed) {
        return new StoredBusiness(changed, applied);
    }
}
