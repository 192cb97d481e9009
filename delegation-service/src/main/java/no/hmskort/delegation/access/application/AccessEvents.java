package no.hmskort.delegation.access.application;

import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;

/** Turns the model's access changes into the events the other services project. */
final class AccessEvents {

    private AccessEvents() {
    }

    static AccessEvent of(Business business, AccessChange change) {
        return switch (change) {
            case AccessChange.Granted granted -> new AccessGranted(granted.grant().grantId(), business.orgnr(),
                    granted.grant().person(), granted.grant().basis(), granted.grant().validFrom(),
                    granted.grant().validUntil(), granted.coveredUnits());
            case AccessChange.Revoked revoked -> new AccessRevoked(revoked.grant().grantId(), business.orgnr(),
                    revoked.reason());
        };
    }
}
