package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/**
 * Applies Enhetsregisteret's facts: a unit's name and main unit (a new sub-unit widens its main unit's
 * grants), and its role holders, whose qualifying roles become (or stop being) grants.
 */
@Service
public class ApplyingRegisterChanges {

    private final Businesses businesses;
    private final AccessEvents events;
    private final Clock clock;

    ApplyingRegisterChanges(Businesses businesses, AccessEvents events, Clock clock) {
        this.businesses = businesses;
        this.events = events;
        this.clock = clock;
    }

    public void apply(EventEnvelope<EnhetsregisteretEvent> envelope) {
        EnhetsregisteretEvent event = envelope.data();
        if (event instanceof UnitChanged unit && !unit.isMainUnit()) {
            // The main unit first: if we stop in between, the redelivery finds it done and does the rest.
            change(unit.parent(), envelope, main -> main.addSubUnit(unit.orgnr(), clock.instant()));
        }
        change(event.orgnr(), envelope, business -> switch (event) {
            case UnitChanged unit -> {
                business.describe(unit.name(), unit.parent());
                yield List.of();
            }
            case RolesChanged roles -> business.applyRoles(
                    roles.roles().stream().map(r -> new RoleHolder(r.code(), r.person(), r.name())).toList(),
                    roles.asOf(), Norway.today(clock), clock.instant(), UUID::randomUUID);
        });
    }

    private void change(no.hmskort.contracts.ids.OrganisationNumber orgnr, EventEnvelope<?> envelope,
            java.util.function.Function<Business, List<AccessChange>> change) {
        BusinessDocument document = businesses.load(orgnr);
        if (!document.firstDelivery(envelope.id())) {
            return;
        }
        Business business = document.toModel();
        events.commit(document, business, change.apply(business));
    }
}
