package no.hmskort.delegation.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.access.AccessGranted;
import no.hmskort.contracts.events.access.AccessRevoked;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.DelegationServiceApplication;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.platform.messaging.PlatformEnvironment;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import no.hmskort.testsupport.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Through the real broker and the Mongo wire protocol: Enhetsregisteret roles in, access events out. */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class RoleHoldersGetOrderingRightsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void a_daily_manager_gets_ordering_rights_and_loses_them_with_the_role() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        PersonId manager = TestIdentifiers.aPerson();
        PersonId boardMember = TestIdentifiers.aPerson();
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(business, "Bygg og Betong AS", "AS", null,
                    false, false, false, Instant.now()));
            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(business, List.of(
                    new RolesChanged.Role("DAGL", manager, "Dagny Leder"),
                    new RolesChanged.Role("MEDL", boardMember, "Styre Medlem")), Instant.now()));

            AccessGranted granted = (AccessGranted) decode(access.await(r -> business.value().equals(r.key()), WAIT));
            assertThat(granted.person()).isEqualTo(manager);
            assertThat(granted.basis()).isEqualTo("ROLE:DAGL");

            assertThat(myBusinesses(manager)).contains(business.value()).contains("ROLE:DAGL");
            assertThat(myBusinesses(boardMember)).doesNotContain(business.value());

            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(business, List.of(
                    new RolesChanged.Role("MEDL", boardMember, "Styre Medlem")), Instant.now()));
            ConsumerRecord<String, byte[]> revoked = access.await(
                    r -> business.value().equals(r.key()) && decode(r) instanceof AccessRevoked, WAIT);
            assertThat(((AccessRevoked) decode(revoked)).grantId()).isEqualTo(granted.grantId());
            assertThat(myBusinesses(manager)).doesNotContain(business.value());
        }
    }

    /**
     * Coverage follows Enhetsregisteret: when a sub-unit moves, every open grant of the old main unit is
     * published again without it and every open grant of the new one with it; when it is deleted, the main
     * unit's grants stop covering it; when a main unit is deleted, its grants end.
     */
    @Test
    void a_sub_unit_that_moves_or_is_deleted_leaves_its_old_main_units_grants_and_joins_the_new_ones() {
        OrganisationNumber oldMain = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber newMain = TestIdentifiers.anOrganisationNumber();
        OrganisationNumber sub = TestIdentifiers.anOrganisationNumber();
        PersonId oldManager = TestIdentifiers.aPerson();
        PersonId newManager = TestIdentifiers.aPerson();
        Instant t0 = Instant.now();
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            for (var main : List.of(oldMain, newMain)) {
                TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(main, "Konsern AS", "AS", null, false, false,
                        false, t0));
            }
            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(oldMain, List.of(
                    new RolesChanged.Role("DAGL", oldManager, "Gammel Leder")), t0));
            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(newMain, List.of(
                    new RolesChanged.Role("DAGL", newManager, "Ny Leder")), t0));
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Avdeling", "BEDR", oldMain, false, false,
                    false, t0));
            access.await(r -> granted(r, oldManager) != null && granted(r, oldManager).coveredUnits().contains(sub), WAIT);
            assertThat(myBusinesses(oldManager)).contains(sub.value());

            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Avdeling", "BEDR", newMain, false, false,
                    false, t0.plusSeconds(1)));

            access.await(r -> granted(r, oldManager) != null && !granted(r, oldManager).coveredUnits().contains(sub), WAIT);
            access.await(r -> granted(r, newManager) != null && granted(r, newManager).coveredUnits().contains(sub), WAIT);
            assertThat(myBusinesses(oldManager)).doesNotContain(sub.value());
            assertThat(myBusinesses(newManager)).contains(sub.value());

            // an older snapshot of the sub-unit (delivered late) does not move it back
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Avdeling", "BEDR", oldMain, false, false,
                    false, t0.plusMillis(500)));
            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(sub, "Avdeling", "BEDR", newMain, true, false,
                    false, t0.plusSeconds(2)));
            access.await(r -> granted(r, newManager) != null && !granted(r, newManager).coveredUnits().contains(sub), WAIT);
            assertThat(access.poll().stream().map(RoleHoldersGetOrderingRightsTest::decode)
                    .filter(e -> e instanceof AccessGranted g && g.person().equals(oldManager)
                            && g.coveredUnits().contains(sub))).hasSize(1);

            TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(newMain, "Konsern AS", "AS", null, true, false,
                    false, t0.plusSeconds(3)));
            access.await(r -> newMain.value().equals(r.key()) && decode(r) instanceof AccessRevoked revoked
                    && revoked.reason().contains("deleted"), WAIT);
            assertThat(myBusinesses(newManager)).doesNotContain(newMain.value());
        }
    }

    private static AccessGranted granted(ConsumerRecord<String, byte[]> record, PersonId person) {
        return decode(record) instanceof AccessGranted g && g.person().equals(person) ? g : null;
    }

    @Test
    void a_redelivered_register_event_grants_nothing_twice() {
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        PersonId owner = TestIdentifiers.aPerson();
        try (KafkaProbe access = KafkaProbe.watching(Topics.ACCESS.name())) {
            byte[] roles = TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(business, List.of(
                    new RolesChanged.Role("INNH", owner, "Eier Enkeltmann")), Instant.now()));
            access.await(r -> business.value().equals(r.key()), WAIT);

            KafkaProbe.send(Topics.ENHETSREGISTERET.name(), business.value(), roles);
            OrganisationNumber marker = TestIdentifiers.anOrganisationNumber();
            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(marker, List.of(
                    new RolesChanged.Role("DAGL", owner, "Eier Enkeltmann")), Instant.now()));
            // Same partition order is not guaranteed across keys, so wait for the marker, then for quiet.
            access.await(r -> marker.value().equals(r.key()), WAIT);

            assertThat(access.poll().stream().filter(r -> business.value().equals(r.key()))).hasSize(1);
        }
    }

    @Test
    void a_poison_message_goes_to_the_dead_letter_topic_and_the_consumer_goes_on() {
        String deadLetters = PlatformEnvironment.deadLetterTopic(Topics.ENHETSREGISTERET, "delegation-service");
        OrganisationNumber business = TestIdentifiers.anOrganisationNumber();
        PersonId manager = TestIdentifiers.aPerson();
        try (KafkaProbe probe = KafkaProbe.watching(deadLetters, Topics.ACCESS.name())) {
            KafkaProbe.send(Topics.ENHETSREGISTERET.name(), business.value(), "{not json".getBytes());
            KafkaProbe.send(Topics.ENHETSREGISTERET.name(), business.value(),
                    "{\"specversion\":\"1.0\",\"id\":\"x\",\"type\":\"RolesChanged.v1\",\"data\":{}}".getBytes());

            ConsumerRecord<String, byte[]> dead = probe.await(r -> r.topic().equals(deadLetters)
                    && "{not json".equals(KafkaProbe.text(r)), WAIT);
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("not JSON");

            TestEvents.publish(Topics.ENHETSREGISTERET, new RolesChanged(business, List.of(
                    new RolesChanged.Role("LEDE", manager, "Styre Leder")), Instant.now()));
            probe.await(r -> r.topic().equals(Topics.ACCESS.name()) && business.value().equals(r.key()), WAIT);
            assertThat(probe.poll().stream().filter(r -> r.topic().equals(deadLetters))).hasSize(2);
        }
    }

    @Test
    void my_businesses_requires_a_valid_token() {
        client().get().uri("/api/me/businesses").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://hmskort.no/problems/unauthenticated");
        String wrongAudience = TestInfrastructure.get().idPorten().token(MockIdPorten.ISSUER_ID, "someone-else",
                java.util.Map.of("pid", TestIdentifiers.aPerson().value(), "acr", MockIdPorten.HIGH), Duration.ofMinutes(5));
        client().get().uri("/api/me/businesses").header("Authorization", "Bearer " + wrongAudience).exchange()
                .expectStatus().isUnauthorized();
    }

    private String myBusinesses(PersonId person) {
        String token = TestInfrastructure.get().idPorten().personToken(person.value(), MockIdPorten.HIGH);
        return client().get().uri("/api/me/businesses").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseBody();
    }

    private RestTestClient client() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static AccessEvent decode(ConsumerRecord<String, byte[]> record) {
        return TestEvents.decode(Topics.ACCESS, record.value()).data();
    }
}
