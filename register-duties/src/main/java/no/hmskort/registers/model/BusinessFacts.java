package no.hmskort.registers.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * What the registers say about one unit (a main unit or a sub-unit). Each register's part carries the
 * time of the snapshot it came from; an older snapshot never overwrites a newer one. Unknown parts are
 * null: the register has not spoken.
 */
public record BusinessFacts(
        OrganisationNumber orgnr,
        Unit unit,
        Vat vat,
        Boolean cleaningApproved,
        Instant cleaningAsOf,
        Boolean staffingRegistered,
        Instant staffingAsOf,
        Boolean carCareApproved,
        Instant carCareAsOf,
        List<Role> roles,
        Instant rolesAsOf,
        List<Assignment> assignments) {

    public BusinessFacts {
        roles = roles == null ? List.of() : List.copyOf(roles);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    public static BusinessFacts unknown(OrganisationNumber orgnr) {
        return new BusinessFacts(orgnr, null, null, null, null, null, null, null, null, List.of(), null, List.of());
    }

    /**
     * Enhetsregisteret's view of the unit.
     *
     * @param industryCode næringskode 1 (SN2007), e.g. {@code 78.200}; null when not given
     */
    public record Unit(String name, String organisationForm, OrganisationNumber parent, boolean deleted,
            boolean bankrupt, boolean underLiquidation, Instant asOf, String industryCode) {

        public Unit(String name, String organisationForm, OrganisationNumber parent, boolean deleted, boolean bankrupt,
                boolean underLiquidation, Instant asOf) {
            this(name, organisationForm, parent, deleted, bankrupt, underLiquidation, asOf, null);
        }
    }

    /** Merverdiavgiftsregisteret's view. */
    public record Vat(boolean registered, String exemption, Instant asOf) {
    }

    public record Role(String code, PersonId person) {
    }

    /** A foreign business's assignment in Norway (Oppdrags- og arbeidsforholdsregisteret). */
    public record Assignment(String assignmentId, java.time.LocalDate startDate, java.time.LocalDate endDate,
            Instant asOf) {
    }

    public OrganisationNumber mainUnit() {
        return unit != null && unit.parent() != null ? unit.parent() : orgnr;
    }

    public boolean isForeign() {
        return unit != null && "NUF".equals(unit.organisationForm());
    }

    public boolean holdsRole(PersonId person, String... codes) {
        return roles.stream().anyMatch(r -> r.person().equals(person) && List.of(codes).contains(r.code()));
    }

    public BusinessFacts withUnit(Unit newer) {
        return unit != null && !newer.asOf().isAfter(unit.asOf()) ? this
                : new BusinessFacts(orgnr, newer, vat, cleaningApproved, cleaningAsOf, staffingRegistered, staffingAsOf,
                        carCareApproved, carCareAsOf, roles, rolesAsOf, assignments);
    }

    public BusinessFacts withVat(Vat newer) {
        return vat != null && !newer.asOf().isAfter(vat.asOf()) ? this
                : new BusinessFacts(orgnr, unit, newer, cleaningApproved, cleaningAsOf, staffingRegistered, staffingAsOf,
                        carCareApproved, carCareAsOf, roles, rolesAsOf, assignments);
    }

    public BusinessFacts withCleaningApproval(boolean approved, Instant asOf) {
        return cleaningAsOf != null && !asOf.isAfter(cleaningAsOf) ? this
                : new BusinessFacts(orgnr, unit, vat, approved, asOf, staffingRegistered, staffingAsOf, carCareApproved,
                        carCareAsOf, roles, rolesAsOf, assignments);
    }

    public BusinessFacts withStaffingRegistration(boolean registered, Instant asOf) {
        return staffingAsOf != null && !asOf.isAfter(staffingAsOf) ? this
                : new BusinessFacts(orgnr, unit, vat, cleaningApproved, cleaningAsOf, registered, asOf, carCareApproved,
                        carCareAsOf, roles, rolesAsOf, assignments);
    }

    public BusinessFacts withCarCareApproval(boolean approved, Instant asOf) {
        return carCareAsOf != null && !asOf.isAfter(carCareAsOf) ? this
                : new BusinessFacts(orgnr, unit, vat, cleaningApproved, cleaningAsOf, staffingRegistered, staffingAsOf,
                        approved, asOf, roles, rolesAsOf, assignments);
    }

    public BusinessFacts withRoles(List<Role> newer, Instant asOf) {
        return rolesAsOf != null && !asOf.isAfter(rolesAsOf) ? this
                : new BusinessFacts(orgnr, unit, vat, cleaningApproved, cleaningAsOf, staffingRegistered, staffingAsOf,
                        carCareApproved, carCareAsOf, newer, asOf, assignments);
    }

    public BusinessFacts withAssignment(Assignment newer) {
        List<Assignment> updated = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.assignmentId().equals(newer.assignmentId())) {
                if (!newer.asOf().isAfter(a.asOf())) {
                    return this;
                }
            } else {
                updated.add(a);
            }
        }
        updated.add(newer);
        return new BusinessFacts(orgnr, unit, vat, cleaningApproved, cleaningAsOf, staffingRegistered, staffingAsOf,
                carCareApproved, carCareAsOf, roles, rolesAsOf, updated);
    }
}
