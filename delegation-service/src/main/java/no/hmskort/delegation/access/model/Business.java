package no.hmskort.delegation.access.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.AuditEntry.Action;

/**
 * A business as delegation-service sees it: its Enhetsregisteret unit data and sub-units, its formal role
 * holders, the grants they give and the delegations they made, and the audit trail of all of it.
 *
 * <p>Decisions (docs/adr/0011): only role holders delegate (a delegate cannot delegate further); a
 * delegation is given on behalf of the business, so it outlives its grantor's role and stays until it
 * is revoked or expires; rights on a main unit cover its sub-units.
 */
public final class Business {

    private final OrganisationNumber orgnr;
    private String name;
    private OrganisationNumber parent;
    private boolean deleted;
    private Instant unitAsOf;
    private final List<OrganisationNumber> subUnits;
    private List<RoleHolder> roles;
    private Instant rolesAsOf;
    private final List<Grant> grants;
    private final List<AuditEntry> audit;

    public Business(OrganisationNumber orgnr, String name, OrganisationNumber parent, boolean deleted, Instant unitAsOf,
            List<OrganisationNumber> subUnits, List<RoleHolder> roles, Instant rolesAsOf, List<Grant> grants,
            List<AuditEntry> audit) {
        this.orgnr = orgnr;
        this.name = name;
        this.parent = parent;
        this.deleted = deleted;
        this.unitAsOf = unitAsOf;
        this.subUnits = new ArrayList<>(subUnits);
        this.roles = List.copyOf(roles);
        this.rolesAsOf = rolesAsOf;
        this.grants = new ArrayList<>(grants);
        this.audit = new ArrayList<>(audit);
    }

    public static Business unknown(OrganisationNumber orgnr) {
        return new Business(orgnr, null, null, false, null, List.of(), List.of(), null, List.of(), List.of());
    }

    /** Whether a snapshot of the unit taken at {@code asOf} is older than the one already applied. */
    public boolean isOlderThanApplied(Instant asOf) {
        return unitAsOf != null && asOf.isBefore(unitAsOf);
    }

    /**
     * Enhetsregisteret's state of the unit. A deleted unit is covered by no grant: every open grant on it ends
     * (its holders and delegates lose their rights here at once); should the register restore the unit, its
     * role holders are granted again from the roles it holds.
     */
    public List<AccessChange> describe(String name, OrganisationNumber parent, boolean deleted, Instant asOf,
            LocalDate today, Instant now, Supplier<UUID> ids) {
        this.name = name;
        this.parent = parent;
        this.unitAsOf = asOf;
        if (deleted == this.deleted) {
            return List.of();
        }
        this.deleted = deleted;
        if (!deleted) {
            audit.add(new AuditEntry(now, Action.COVERAGE_CHANGED, null, null, null, null,
                    "restored in Enhetsregisteret"));
            return grantRoles(roles, today, now, ids);
        }
        List<AccessChange> changes = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.isOpen()) {
                Grant ended = grant.end(now);
                grants.set(i, ended);
                String reason = orgnr + " is deleted in Enhetsregisteret";
                audit.add(new AuditEntry(now, grant.isFromRole() ? Action.ROLE_REVOKED : Action.DELEGATION_REVOKED,
                        grant.grantId(), grant.basis(), grant.person(), null, reason));
                changes.add(new AccessChange.Revoked(ended, reason));
            }
        }
        return changes;
    }

    /** The unit itself and, for a main unit, its sub-units. */
    public List<OrganisationNumber> coveredUnits() {
        return Stream.concat(Stream.of(orgnr), subUnits.stream()).toList();
    }

    /** A new sub-unit: every open grant now covers it too, and the others must hear so. */
    public List<AccessChange> addSubUnit(OrganisationNumber subUnit, Instant now) {
        if (subUnits.contains(subUnit)) {
            return List.of();
        }
        subUnits.add(subUnit);
        return coverageChanged(now, "sub-unit " + subUnit + " added");
    }

    /**
     * A sub-unit that moved to another main unit, or was deleted: no grant here covers it any longer, and
     * the others must hear so (each open grant again, with its narrower coverage).
     */
    public List<AccessChange> removeSubUnit(OrganisationNumber subUnit, String why, Instant now) {
        if (!subUnits.remove(subUnit)) {
            return List.of();
        }
        return coverageChanged(now, "sub-unit " + subUnit + " " + why);
    }

    private List<AccessChange> coverageChanged(Instant now, String detail) {
        audit.add(new AuditEntry(now, Action.COVERAGE_CHANGED, null, null, null, null, detail));
        return grants.stream().filter(Grant::isOpen)
                .map(g -> (AccessChange) new AccessChange.Granted(g, coveredUnits())).toList();
    }

    /**
     * The unit's roles are now {@code current}: a holder of a qualifying role who had no grant from it
     * gets one from {@code today}; a grant whose role is gone is revoked. An older snapshot than the one
     * applied changes nothing.
     */
    public List<AccessChange> applyRoles(List<RoleHolder> current, Instant asOf, LocalDate today, Instant now,
            Supplier<UUID> ids) {
        if (rolesAsOf != null && asOf.isBefore(rolesAsOf)) {
            return List.of();
        }
        List<AccessChange> changes = new ArrayList<>(grantRoles(current, today, now, ids));
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.isFromRole() && grant.isOpen() && current.stream()
                    .noneMatch(h -> grant.basis().equals(Grant.roleBasis(h.code())) && h.person().equals(grant.person()))) {
                Grant ended = grant.end(now);
                grants.set(i, ended);
                String reason = "role " + grant.basis().substring(5) + " no longer held in Enhetsregisteret";
                audit.add(new AuditEntry(now, Action.ROLE_REVOKED, grant.grantId(), grant.basis(), grant.person(), null,
                        reason));
                changes.add(new AccessChange.Revoked(ended, reason));
            }
        }
        this.roles = List.copyOf(current);
        this.rolesAsOf = asOf;
        return changes;
    }

    /** A grant for each qualifying role holder who has none yet; none while the unit is deleted. */
    private List<AccessChange> grantRoles(List<RoleHolder> holders, LocalDate today, Instant now, Supplier<UUID> ids) {
        List<AccessChange> changes = new ArrayList<>();
        for (RoleHolder holder : deleted ? List.<RoleHolder>of() : holders) {
            if (QualifyingRoles.qualifies(holder.code()) && openRoleGrant(holder.person(), holder.code()).isEmpty()) {
                Grant grant = new Grant(ids.get().toString(), holder.person(), holder.name(),
                        Grant.roleBasis(holder.code()), today, null, null, now, null);
                grants.add(grant);
                audit.add(new AuditEntry(now, Action.ROLE_GRANTED, grant.grantId(), grant.basis(), holder.person(),
                        null, "role registered in Enhetsregisteret"));
                changes.add(new AccessChange.Granted(grant, coveredUnits()));
            }
        }
        return changes;
    }

    /**
     * A role holder delegates ordering rights to a person, from {@code from} (inclusive) until
     * {@code until} (inclusive, or open-ended).
     *
     * @param actorHoldsRole whether the actor holds a qualifying role here or on the main unit
     */
    public DelegationOutcome delegate(PersonId person, String personName, LocalDate from, LocalDate until,
            PersonId actor, boolean actorHoldsRole, LocalDate today, Instant now, Supplier<UUID> ids) {
        if (!actorHoldsRole) {
            return new DelegationOutcome.Refused(DelegationRefusal.NOT_A_ROLE_HOLDER);
        }
        if (person.equals(actor)) {
            return new DelegationOutcome.Refused(DelegationRefusal.SELF);
        }
        if (from.isBefore(today)) {
            return new DelegationOutcome.Refused(DelegationRefusal.START_IN_THE_PAST);
        }
        if (until != null && until.isBefore(from)) {
            return new DelegationOutcome.Refused(DelegationRefusal.STOP_BEFORE_START);
        }
        if (grants.stream().anyMatch(g -> !g.isFromRole() && g.person().equals(person) && g.isCurrentOrFuture(today))) {
            return new DelegationOutcome.Refused(DelegationRefusal.DUPLICATE);
        }
        Grant grant = new Grant(ids.get().toString(), person, personName, Grant.DELEGATION, from, until, actor, now, null);
        grants.add(grant);
        audit.add(new AuditEntry(now, Action.DELEGATED, grant.grantId(), grant.basis(), person, actor,
                "from " + from + (until == null ? ", no stop date" : " until " + until)));
        return new DelegationOutcome.Done(new AccessChange.Granted(grant, coveredUnits()));
    }

    public DelegationOutcome revoke(String grantId, PersonId actor, boolean actorHoldsRole, Instant now) {
        if (!actorHoldsRole) {
            return new DelegationOutcome.Refused(DelegationRefusal.NOT_A_ROLE_HOLDER);
        }
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.grantId().equals(grantId)) {
                if (grant.isFromRole()) {
                    return new DelegationOutcome.Refused(DelegationRefusal.ROLE_GRANT_FOLLOWS_REGISTER);
                }
                if (!grant.isOpen()) {
                    return new DelegationOutcome.Refused(DelegationRefusal.ALREADY_ENDED);
                }
                Grant ended = grant.end(now);
                grants.set(i, ended);
                audit.add(new AuditEntry(now, Action.DELEGATION_REVOKED, grantId, grant.basis(), grant.person(), actor,
                        "revoked"));
                return new DelegationOutcome.Done(new AccessChange.Revoked(ended, "delegation revoked"));
            }
        }
        return new DelegationOutcome.Refused(DelegationRefusal.GRANT_NOT_FOUND);
    }

    /** Delegations whose stop date has passed are recorded as expired (they stopped counting already). */
    public List<AccessChange> expire(LocalDate today, Instant now) {
        List<AccessChange> changes = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.isOpen() && grant.validUntil() != null && grant.validUntil().isBefore(today)) {
                Grant ended = grant.end(now);
                grants.set(i, ended);
                audit.add(new AuditEntry(now, Action.DELEGATION_EXPIRED, grant.grantId(), grant.basis(), grant.person(),
                        null, "stop date " + grant.validUntil() + " passed"));
                changes.add(new AccessChange.Revoked(ended, "expired on " + grant.validUntil()));
            }
        }
        return changes;
    }

    /** Whether the person holds a qualifying role here that is in force on {@code day}. */
    public boolean hasRoleHolder(PersonId person, LocalDate day) {
        return grants.stream().anyMatch(g -> g.isFromRole() && g.person().equals(person) && g.inForceOn(day));
    }

    /** How many people may act for the business on {@code day}; a person with a role and a delegation counts once. */
    public long peopleWithAccessOn(LocalDate day) {
        return grants.stream().filter(g -> g.inForceOn(day)).map(Grant::person).distinct().count();
    }

    /** Who has, or will have, access: the open grants not past their stop date on {@code day}. */
    public List<Grant> currentAndFutureGrants(LocalDate day) {
        return grants.stream().filter(g -> g.isCurrentOrFuture(day)).toList();
    }

    public List<Grant> grantsInForceFor(PersonId person, LocalDate day) {
        return grants.stream().filter(g -> g.person().equals(person) && g.inForceOn(day)).toList();
    }

    private Optional<Grant> openRoleGrant(PersonId person, String code) {
        return grants.stream()
                .filter(g -> g.isOpen() && g.person().equals(person) && g.basis().equals(Grant.roleBasis(code)))
                .findFirst();
    }

    public OrganisationNumber orgnr() {
        return orgnr;
    }

    public String name() {
        return name;
    }

    public OrganisationNumber parent() {
        return parent;
    }

    public boolean deleted() {
        return deleted;
    }

    public Instant unitAsOf() {
        return unitAsOf;
    }

    public List<OrganisationNumber> subUnits() {
        return List.copyOf(subUnits);
    }

    public List<RoleHolder> roles() {
        return roles;
    }

    public Instant rolesAsOf() {
        return rolesAsOf;
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }
}
