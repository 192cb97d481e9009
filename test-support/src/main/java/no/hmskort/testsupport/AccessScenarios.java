package no.hmskort.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.awaitility.Awaitility;

/**
 * The rules of business access that every service with business-scoped APIs keeps, as scenarios run through
 * the broker against the service's own requests: the access events are published as delegation-service
 * publishes them, and each request is asked as a person would.
 */
public final class AccessScenarios {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final String REFUSED = "https://hmskort.no/problems/no-rights-for-business";

    private AccessScenarios() {
    }

    /** An HTTP answer: status and body. */
    public record Answer(int status, String body) {
    }

    /**
     * One business-scoped request of the service, made as {@code person} for {@code unit}. It is accepted when
     * it gets past the rights check: any answer but 401, 403 or a server error (a 404 for a card the unit
     * does not have, or a 409 for one blocked already, come after the check).
     */
    @FunctionalInterface
    public interface Request {
        Answer as(PersonId person, OrganisationNumber unit);
    }

    /** A grant that is revoked stops the very next request, with no other event. */
    public static void aRevokedGrantStopsTheNextRequest(OrganisationNumber unit, List<Request> requests) {
        PersonId delegate = TestIdentifiers.aPerson();
        String grantId = UUID.randomUUID().toString();
        TestEvents.publish(Topics.ACCESS, new AccessGranted(grantId, unit, delegate, "DELEGATION",
                today(Instant.now()).minusDays(1), null, List.of(unit)));
        awaitAccepted(delegate, unit, requests);

        TestEvents.publish(Topics.ACCESS, new AccessRevoked(grantId, unit, "delegation revoked"));

        Awaitility.await().atMost(WAIT).until(() -> requests.getFirst().as(delegate, unit).status() == 403);
        requests.forEach(request -> assertRefused(request.as(delegate, unit)));
    }

    /**
     * A delegation from tomorrow until the day after starts and ends by the calendar alone: refused today,
     * accepted on its first and last day, refused the day after, with no event in between.
     */
    public static void aDelegationTakesEffectOnItsStartDateAndEndsAfterItsStopDate(OrganisationNumber unit,
            MovableClock clock, List<Request> requests) {
        PersonId delegate = TestIdentifiers.aPerson();
        PersonId marker = TestIdentifiers.aPerson();
        LocalDate today = today(clock.instant());
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), unit, delegate, "DELEGATION",
                today.plusDays(1), today.plusDays(2), List.of(unit)));
        // a grant published after it, on the same key, in force today: once it is seen, so is the delegation
        TestEvents.publish(Topics.ACCESS, new AccessGranted(UUID.randomUUID().toString(), unit, marker, "DELEGATION",
                today.minusDays(1), null, List.of(unit)));
        awaitAccepted(marker, unit, requests);
        try {
            requests.forEach(request -> assertRefused(request.as(delegate, unit)));
            clock.advance(Duration.ofDays(1));
            requests.forEach(request -> assertAccepted(request.as(delegate, unit)));
            clock.advance(Duration.ofDays(1));
            requests.forEach(request -> assertAccepted(request.as(delegate, unit)));
            clock.advance(Duration.ofDays(1));
            requests.forEach(request -> assertRefused(request.as(delegate, unit)));
        } finally {
            clock.reset();
        }
    }

    /** A main unit, one of its sub-units, and who may act for the main unit (a role holder and a delegate). */
    public record Group(OrganisationNumber main, OrganisationNumber sub, PersonId roleHolder, String roleGrant,
            PersonId delegate, String delegation) {

        /** Registers the main unit and its sub-unit, and grants both people rights covering both. */
        public static Group registered(String name) {
            Group group = new Group(TestIdentifiers.anOrganisationNumber(), TestIdentifiers.anOrganisationNumber(),
                    TestIdentifiers.aPerson(), UUID.randomUUID().toString(), TestIdentifiers.aPerson(),
                    UUID.randomUUID().toString());
            Instant asOf = Instant.now().minusSeconds(60);
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(group.main, name, "AS", null, false, false,
                    false, asOf));
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(group.sub, name + " avd.", "BEDR", group.main,
                    false, false, false, asOf));
            group.grant(List.of(group.main, group.sub));
            return group;
        }

        void grant(List<OrganisationNumber> covered) {
            LocalDate from = today(Instant.now()).minusDays(1);
            TestEvents.publish(Topics.ACCESS, new AccessGranted(roleGrant, main, roleHolder, "ROLE:DAGL", from, null,
                    covered));
            TestEvents.publish(Topics.ACCESS, new AccessGranted(delegation, main, delegate, "DELEGATION", from, null,
                    covered));
        }
    }

    /**
     * Coverage follows Enhetsregisteret: after {@code from}'s sub-unit moves to {@code to}, the events
     * delegation-service then publishes (the unit's new main unit, every open grant again with its new
     * coverage) leave {@code from}'s role holder and delegate refused on the sub-unit, exactly as for a
     * business nobody knows, and {@code to}'s accepted.
     */
    public static void aSubUnitThatMovesIsCoveredByItsNewMainUnitOnly(Group from, Group to, List<Request> requests) {
        OrganisationNumber sub = from.sub();
        awaitAccepted(from.roleHolder(), sub, requests);
        requests.forEach(request -> assertAccepted(request.as(from.delegate(), sub)));
        requests.forEach(request -> assertRefused(request.as(to.roleHolder(), sub)));

        TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Flyttet avd.", "BEDR", to.main(), false,
                false, false, Instant.now()));
        from.grant(List.of(from.main()));
        to.grant(List.of(to.main(), to.sub(), sub));

        awaitAccepted(to.roleHolder(), sub, requests);
        Awaitility.await().atMost(WAIT).until(() -> requests.getFirst().as(from.roleHolder(), sub).status() == 403);
        OrganisationNumber unknown = TestIdentifiers.anOrganisationNumber();
        for (Request request : requests) {
            Answer nobodyKnows = request.as(from.roleHolder(), unknown);
            for (PersonId oldRights : List.of(from.roleHolder(), from.delegate())) {
                Answer refused = request.as(oldRights, sub);
                assertRefused(refused);
                assertThat(refused.status()).isEqualTo(nobodyKnows.status());
                assertThat(refused.body().replace(sub.value(), unknown.value())).isEqualTo(nobodyKnows.body());
            }
            assertAccepted(request.as(to.delegate(), sub));
        }
    }

    private static void awaitAccepted(PersonId person, OrganisationNumber unit, List<Request> requests) {
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> requests.stream().allMatch(r -> accepted(r.as(person, unit))));
    }

    private static boolean accepted(Answer answer) {
        return answer.status() < 500 && answer.status() != 401 && answer.status() != 403;
    }

    private static void assertAccepted(Answer answer) {
        assertThat(accepted(answer)).as("accepted: " + answer).isTrue();
    }

    private static void assertRefused(Answer answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains(REFUSED);
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, NORWAY);
    }
}
