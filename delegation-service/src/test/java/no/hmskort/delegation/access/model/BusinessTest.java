package no.hmskort.delegation.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.junit.jupiter.api.Test;

class BusinessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final PersonId MANAGER = PersonId.of("15858010060");
    private static final PersonId WORKER = PersonId.of("02928510045");
    private static final PersonId OTHER = PersonId.of("24919210040");

    private final Business business = Business.unknown(OrganisationNumber.of("315114306"));

    @Test
    void a_qualifying_role_gives_a_grant_and_a_board_member_gets_none() {
        List<AccessChange> changes = business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M"),
                new RoleHolder("MEDL", OTHER, "O")), NOW, TODAY, NOW, UUID::randomUUID);
        assertThat(changes).singleElement().isInstanceOf(AccessChange.Granted.class)
                .extracting(AccessChange::grant).extracting(Grant::person).isEqualTo(MANAGER);
        assertThat(business.hasRoleHolder(MANAGER, TODAY)).isTrue();
        assertThat(business.hasRoleHolder(OTHER, TODAY)).isFalse();
    }

    @Test
    void the_same_snapshot_twice_changes_nothing_and_an_older_one_is_ignored() {
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID);
        assertThat(business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID))
                .isEmpty();
        assertThat(business.applyRoles(List.of(), NOW.minusSeconds(60), TODAY, NOW, UUID::randomUUID)).isEmpty();
        assertThat(business.hasRoleHolder(MANAGER, TODAY)).isTrue();
    }

    @Test
    void a_removed_role_revokes_its_grant_but_not_the_delegations_it_gave() {
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID);
        business.delegate(WORKER, "W", TODAY, null, MANAGER, true, TODAY, NOW, UUID::randomUUID);

        List<AccessChange> changes = business.applyRoles(List.of(), NOW.plusSeconds(60), TODAY, NOW, UUID::randomUUID);

        assertThat(changes).singleElement().isInstanceOf(AccessChange.Revoked.class);
        assertThat(business.hasRoleHolder(MANAGER, TODAY)).isFalse();
        assertThat(business.grantsInForceFor(WORKER, TODAY)).hasSize(1);
    }

    @Test
    void delegation_rules_refuse_with_a_named_reason() {
        assertThat(business.delegate(WORKER, "W", TODAY, null, OTHER, false, TODAY, NOW, UUID::randomUUID))
                .isEqualTo(new DelegationOutcome.Refused(DelegationRefusal.NOT_A_ROLE_HOLDER));
        assertThat(business.delegate(MANAGER, "M", TODAY, null, MANAGER, true, TODAY, NOW, UUID::randomUUID))
                .isEqualTo(new DelegationOutcome.Refused(DelegationRefusal.SELF));
        assertThat(business.delegate(WORKER, "W", TODAY.plusDays(2), TODAY.plusDays(1), MANAGER, true, TODAY, NOW,
                UUID::randomUUID)).isEqualTo(new DelegationOutcome.Refused(DelegationRefusal.STOP_BEFORE_START));
        assertThat(business.delegate(WORKER, "W", TODAY.minusDays(1), null, MANAGER, true, TODAY, NOW,
                UUID::randomUUID)).isEqualTo(new DelegationOutcome.Refused(DelegationRefusal.START_IN_THE_PAST));
        assertThat(business.delegate(WORKER, "W", TODAY, null, MANAGER, true, TODAY, NOW, UUID::randomUUID))
                .isInstanceOf(DelegationOutcome.Done.class);
        assertThat(business.delegate(WORKER, "W", TODAY.plusDays(30), null, MANAGER, true, TODAY, NOW, UUID::randomUUID))
                .isEqualTo(new DelegationOutcome.Refused(DelegationRefusal.DUPLICATE));
    }

    @Test
    void a_delegation_counts_only_between_its_dates_and_expires_once() {
        business.delegate(WORKER, "W", TODAY.plusDays(1), TODAY.plusDays(3), MANAGER, true, TODAY, NOW, UUID::randomUUID);
        assertThat(business.grantsInForceFor(WORKER, TODAY)).isEmpty();
        assertThat(business.grantsInForceFor(WORKER, TODAY.plusDays(1))).hasSize(1);
        assertThat(business.grantsInForceFor(WORKER, TODAY.plusDays(3))).hasSize(1);
        assertThat(business.grantsInForceFor(WORKER, TODAY.plusDays(4))).isEmpty();

        assertThat(business.expire(TODAY.plusDays(3), NOW)).isEmpty();
        assertThat(business.expire(TODAY.plusDays(4), NOW)).hasSize(1);
        assertThat(business.expire(TODAY.plusDays(5), NOW)).isEmpty();
        assertThat(business.audit()).extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.DELEGATED, AuditEntry.Action.DELEGATION_EXPIRED);
    }

    @Test
    void a_new_sub_unit_widens_every_open_grant_once() {
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID);
        OrganisationNumber subUnit = OrganisationNumber.of("315114314");
        List<AccessChange> changes = business.addSubUnit(subUnit, NOW);
        assertThat(changes).singleElement().satisfies(c ->
                assertThat(((AccessChange.Granted) c).coveredUnits()).containsExactly(business.orgnr(), subUnit));
        assertThat(business.addSubUnit(subUnit, NOW)).isEmpty();
    }

    @Test
    void a_sub_unit_that_leaves_is_no_longer_covered_by_any_open_grant_of_its_old_main_unit() {
        OrganisationNumber sub = OrganisationNumber.of("315114314");
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID);
        business.delegate(WORKER, "W", TODAY, null, MANAGER, true, TODAY, NOW, UUID::randomUUID);
        business.addSubUnit(sub, NOW);

        List<AccessChange> changes = business.removeSubUnit(sub, "moved to another main unit", NOW);

        assertThat(changes).hasSize(2).allSatisfy(change -> assertThat(change).isInstanceOfSatisfying(
                AccessChange.Granted.class, g -> assertThat(g.coveredUnits()).containsExactly(business.orgnr())));
        assertThat(business.coveredUnits()).doesNotContain(sub);
        assertThat(business.removeSubUnit(sub, "moved to another main unit", NOW)).isEmpty();
        assertThat(business.audit()).extracting(AuditEntry::detail).contains("sub-unit " + sub + " moved to another main unit");
    }

    @Test
    void a_deleted_unit_ends_every_grant_gives_none_to_new_role_holders_and_a_restored_one_grants_its_roles_again() {
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M")), NOW, TODAY, NOW, UUID::randomUUID);
        business.delegate(WORKER, "W", TODAY, null, MANAGER, true, TODAY, NOW, UUID::randomUUID);

        List<AccessChange> deleted = business.describe("Borte AS", null, true, NOW, TODAY, NOW, UUID::randomUUID);

        assertThat(deleted).hasSize(2).allSatisfy(c -> assertThat(c).isInstanceOf(AccessChange.Revoked.class));
        assertThat(business.grantsInForceFor(MANAGER, TODAY)).isEmpty();
        assertThat(business.grantsInForceFor(WORKER, TODAY)).isEmpty();
        assertThat(business.applyRoles(List.of(new RoleHolder("DAGL", OTHER, "O")), NOW.plusSeconds(1), TODAY, NOW,
                UUID::randomUUID)).isEmpty();
        assertThat(business.isOlderThanApplied(NOW.minusSeconds(1))).isTrue();

        List<AccessChange> restored = business.describe("Tilbake AS", null, false, NOW.plusSeconds(2), TODAY, NOW,
                UUID::randomUUID);
        assertThat(restored).singleElement().isInstanceOfSatisfying(AccessChange.Granted.class,
                g -> assertThat(g.grant().person()).isEqualTo(OTHER));
        assertThat(business.grantsInForceFor(WORKER, TODAY)).isEmpty();
    }

    @Test
    void a_person_with_a_role_and_a_delegation_counts_once_and_a_future_delegation_is_listed_but_not_counted() {
        business.applyRoles(List.of(new RoleHolder("DAGL", MANAGER, "M"), new RoleHolder("LEDE", MANAGER, "M")), NOW,
                TODAY, NOW, UUID::randomUUID);
        business.delegate(WORKER, "W", TODAY.plusDays(2), null, MANAGER, true, TODAY, NOW, UUID::randomUUID);
        business.delegate(OTHER, "O", TODAY, TODAY, MANAGER, true, TODAY, NOW, UUID::randomUUID);

        assertThat(business.peopleWithAccessOn(TODAY)).isEqualTo(2);
        assertThat(business.currentAndFutureGrants(TODAY)).extracting(Grant::person)
                .containsExactlyInAnyOrder(MANAGER, MANAGER, WORKER, OTHER);
        assertThat(business.currentAndFutureGrants(TODAY.plusDays(1))).extracting(Grant::person)
                .containsExactlyInAnyOrder(MANAGER, MANAGER, WORKER);
    }
}
