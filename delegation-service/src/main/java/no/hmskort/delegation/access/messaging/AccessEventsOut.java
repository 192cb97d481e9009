package no.hmskort.delegation.access.messaging;

import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.delegation.access.application.AccessAnnouncements;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.stereotype.Component;

/** A business's changed grants as the access events the other services project ({@code hmskort.delegation.access.v1}). */
@Component
class AccessEventsOut implements AccessAnnouncements {

    private final Outbox outbox;

    AccessEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxMessage> of(Business business, List<AccessChange> changes) {
        return changes.stream().map(change -> outbox.message(Topics.ACCESS, event(business, change))).toList();
    }

    private static AccessEvent event(Business business, AccessChange change) {
        return switch (change) {
            case AccessChange.Granted granted -> new AccessGranted(granted.grant().grantId(), business.orgnr(),
                    granted.grant().person(), granted.grant().basis(), granted.grant().validFrom(),
                    granted.grant().validUntil(), granted.coveredUnits());
            case AccessChange.Revoked revoked -> new AccessRevoked(revoked.grant().grantId(), business.orgnr(),
                    revoked.reason());
        };
    }
}
