package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/**
 * Applies Enhetsregisteret's facts: a unit's name, state and main unit, and its role holders, whose
 * qualifying roles become (or stop being) grants. Coverage follows the register: a sub-unit that joins a
 * main unit widens that unit's grants, one that moves away or is deleted narrows them, and a deleted unit
 * is covered by no grant at all. Each register event is applied to each business once.
 */
@Service
public class ApplyingRegisterChanges {

    private final Businesses businesses;
    private final AccessAnnouncements announcements;
    private final Clock clock;

    ApplyingRegisterChanges(Businesses businesses, AccessAnnouncements announcements, Clock clock) {
        this.businesses = businesses;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** The register's state of a unit at {@code asOf}; {@code parent} is its main unit, null for a main unit. */
    public record UnitChange(UUID eventId, OrganisationNumber orgnr, String name, OrganisationNumber parent,
            boolean deleted, Instant asOf) {
    }

    /** The unit's role holders at {@code asOf}, all of them. */
    public record RolesChange(UUID eventId, OrganisationNumber orgnr, List<RoleHolder> roles, Instant asOf) {
    }

    public void apply(RolesChange roles) {
        change(roles.orgnr(), roles.eventId(), business -> business.applyRoles(roles.roles(), roles.asOf(),
                Norway.today(clock), clock.instant(), UUID::randomUUID));
    }

    /**
     * The main units first, the unit itself last: until the unit's own document records the event, a
     * redelivery still finds the main unit it belonged to, and each document skips what it already applied.
     */
    public void apply(UnitChange unit) {
        Business before = businesses.find(unit.orgnr()).orElseGet(() -> Business.unknown(unit.orgnr()));
        if (before.isOlderThanApplied(unit.asOf())) {
            return;
        }
        OrganisationNumber previousMain = before.parent();
        OrganisationNumber currentMain = unit.deleted() ? null : unit.parent();
        if (previousMain != null && !previousMain.equals(currentMain)) {
            String why = unit.deleted() ? "deleted in Enhetsregisteret" : "moved to another main unit";
            change(previousMain, unit.eventId(), main -> main.removeSubUnit(unit.orgnr(), why, clock.instant()));
        }
        if (currentMain != null) {
            change(currentMain, unit.eventId(), main -> main.addSubUnit(unit.orgnr(), clock.instant()));
        }
        change(unit.orgnr(), unit.eventId(), business -> business.describe(unit.name(), unit.parent(), unit.deleted(),
                unit.asOf(), Norway.today(clock), clock.instant(), UUID::randomUUID));
    }

    private void change(OrganisationNumber orgnr, UUID eventId, Function<Business, List<AccessChange>> change) {
        businesses.changeOnce(orgnr, eventId, business -> announcements.change(business, change.apply(business)));
    }
}
