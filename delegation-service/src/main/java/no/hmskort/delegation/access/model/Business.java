package no.hmskort.delegation.access.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * A business as delegation-service sees it: its Enhetsregisteret unit data, its formal role holders,
 * and the grants those give. Rights on a main unit cover its sub-units; that is resolved by the
 * services that enforce them, from their own register facts.
 */
public final class Business {

    private final OrganisationNumber orgnr;
    private String name;
    private OrganisationNumber parent;
    private List<RoleHolder> roles;
    private Instant rolesAsOf;
    private final List<Grant> grants;

    public Business(OrganisationNumber orgnr, String name, OrganisationNumber parent, List<RoleHolder> roles,
            Instant rolesAsOf, List<Grant> grants) {
        this.orgnr = orgnr;
        this.name = name;
        this.parent = parent;
        this.roles = List.copyOf(roles);
        this.rolesAsOf = rolesAsOf;
        this.grants = new ArrayList<>(grants);
    }

    public static Business unknown(OrganisationNumber orgnr) {
        return new Business(orgnr, null, null, List.of(), null, List.of());
    }

    public void describe(String name, OrganisationNumber parent) {
        this.name = name;
        this.parent = parent;
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
        List<AccessChange> changes = new ArrayList<>();
        for (RoleHolder holder : current) {
            if (QualifyingRoles.qualifies(holder.code()) && roleGrant(holder.person(), holder.code()).isEmpty()) {
                Grant grant = new Grant(ids.get().toString(), holder.person(), Grant.roleBasis(holder.code()), today,
                        null, null);
                grants.add(grant);
                changes.add(new AccessChange.Granted(grant));
            }
        }
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant.isFromRole() && !grant.isRevoked() && current.stream()
                    .noneMatch(h -> grant.basis().equals(Grant.roleBasis(h.code())) && h.person().equals(grant.person()))) {
                Grant revoked = grant.revoke(now);
                grants.set(i, revoked);
                changes.add(new AccessChange.Revoked(revoked, "role " + grant.basis().substring(5)
                        + " no longer held in Enhetsregisteret"));
            }
        }
        this.roles = List.copyOf(current);
        this.rolesAsOf = asOf;
        return changes;
    }

    private Optional<Grant> roleGrant(PersonId person, String code) {
        return grants.stream()
                .filter(g -> !g.isRevoked() && g.person().equals(person) && g.basis().equals(Grant.roleBasis(code)))
                .findFirst();
    }

    public List<Grant> grantsInForceFor(PersonId person, LocalDate day) {
        return grants.stream().filter(g -> g.person().equals(person) && g.inForceOn(day)).toList();
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

    public List<RoleHolder> roles() {
        return roles;
    }

    public Instant rolesAsOf() {
        return rolesAsOf;
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }
}
