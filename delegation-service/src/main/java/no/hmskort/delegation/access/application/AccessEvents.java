package no.hmskort.delegation.access.application;

import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Commits a change to a business: its new state and the access events its changes imply, in one save
 * (the outbox is inside the document).
 */
@Component
class AccessEvents {

    private final Businesses businesses;
    private final Outbox outbox;

    AccessEvents(Businesses businesses, Outbox outbox) {
        this.businesses = businesses;
        this.outbox = outbox;
    }

    void commit(BusinessDocument document, Business business, List<AccessChange> changes) {
        changes.forEach(change -> document.publish(outbox.message(Topics.ACCESS, of(business, change))));
        document.update(business);
        businesses.save(document);
    }

    private static AccessEvent of(Business business, AccessChange change) {
        return switch (change) {
            case AccessChange.Granted granted -> new AccessGranted(granted.grant().grantId(), business.orgnr(),
                    granted.grant().person(), granted.grant().basis(), granted.grant().validFrom(),
                    granted.grant().validUntil(), granted.coveredUnits());
            case AccessChange.Revoked revoked -> new AccessRevoked(revoked.grant().grantId(), business.orgnr(),
                    revoked.reason());
        };
    }
}
