package no.hmskort.contracts.events.access;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.OrganisationNumber;

/** Ordering rights: who may act for which business, from a role or a delegation. */
public sealed interface AccessEvent extends Event permits AccessGranted, AccessRevoked {

    String grantId();

    OrganisationNumber orgnr();

    @Override
    default String partitionKey() {
        return orgnr().value();
    }
}
