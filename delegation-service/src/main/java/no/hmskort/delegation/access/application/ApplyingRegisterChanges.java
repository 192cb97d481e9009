package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/**
 * Applies Enhetsregisteret's facts: a unit's name, state and main unit, and its role holders, whose
 * qualifying roles become (or stop being) grants. Coverage follows the register: a sub-unit that joins a
 * main unit widens that unit's grants, one that moves away or is deleted narrows them, and a deleted unit
 * is covered by no grant at all.
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
        switch (envelope.data()) {
            case UnitChanged unit -> unitChanged(envelope, unit);
            case RolesChanged roles -> change(roles.orgnr(), envelope, business -> business.applyRoles(
                    roles.roles().stream().map(r -> new RoleHolder(r.code(), r.person(), r.name())).toList(),
                    roles.asOf(), Norway.today(clock), clock.instant(), UUID::randomUUID));
        }
    }

    /**
     * The main units first, the unit itself last: until the unit's own document records the event, a
     * redelivery still finds the main unit it belonged to, and each document skips what it already applied.
     */
    private void unitChanged(EventEnvelope<EnhetsregisteretEvent> envelope, UnitChanged unit) {
        Business before = businesses.load(unit.orgnr()).toModel();
        if (before.isOlderThanApplied(unit.asOf())) {
            return;
        }
        OrganisationNumber previousMain = before.parent();
        OrganisationNumber currentMain = unit.deleted() ? null : unit.parent();
        if (previousMain != null && !previousMain.equals(currentMain)) {
            String why = unit.deleted() ? "deleted in Enhetsregisteret" : "moved to another main unit";
            change(previousMain, envelope, main -> main.removeSubUnit(unit.orgnr(), why, clock.instant()));
        }
        if (currentMain != null) {
            change(currentMain, envelope, main -> main.addSubUnit(unit.orgnr(), clock.instant()));
        }
        change(unit.orgnr(), envelope, business -> business.describe(unit.name(), unit.parent(), unit.deleted(),
                unit.asOf(), Norway.today(clock), clock.instant(), UUID::randomUUID));
    }

    private void change(OrganisationNumber orgnr, EventEnvelope<?> envelope, Function<Business, List<AccessChange>> change) {
        BusinessDocument document = businesses.load(orgnr);
        if (!document.firstDelivery(envelope.id())) {
            return;
        }
        Business business = document.toModel();
        events.commit(document, business, change.apply(business));
    }
}
