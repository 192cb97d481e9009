package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/**
 * Applies Enhetsregisteret's facts: a unit's name and main unit, and its role holders, whose
 * qualifying roles become (or stop being) grants that the other services are told about.
 */
@Service
public class ApplyingRegisterChanges {

    private final Businesses businesses;
    private final Outbox outbox;
    private final Clock clock;

    ApplyingRegisterChanges(Businesses businesses, Outbox outbox, Clock clock) {
        this.businesses = businesses;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void apply(EventEnvelope<EnhetsregisteretEvent> envelope) {
        EnhetsregisteretEvent event = envelope.data();
        BusinessDocument document = businesses.load(event.orgnr());
        if (!document.firstDelivery(envelope.id())) {
            return;
        }
        Business business = document.toModel();
        switch (event) {
            case UnitChanged unit -> business.describe(unit.name(), unit.parent());
            case RolesChanged roles -> {
                List<RoleHolder> holders = roles.roles().stream()
                        .map(r -> new RoleHolder(r.code(), r.person(), r.name())).toList();
                business.applyRoles(holders, roles.asOf(), LocalDate.now(clock), clock.instant(), UUID::randomUUID)
                        .forEach(change -> document.publish(outbox.message(Topics.ACCESS, toEvent(business, change))));
            }
        }
        document.update(business);
        businesses.save(document);
    }

    private static AccessEvent toEvent(Business business, AccessChange change) {
        return switch (change) {
            case AccessChange.Granted granted -> new AccessGranted(granted.grant().grantId(), business.orgnr(),
                    granted.grant().person(), granted.grant().basis(), granted.grant().validFrom(),
                    granted.grant().validUntil());
            case AccessChange.Revoked revoked -> new AccessRevoked(revoked.grant().grantId(), business.orgnr(),
                    revoked.reason());
        };
    }
}
