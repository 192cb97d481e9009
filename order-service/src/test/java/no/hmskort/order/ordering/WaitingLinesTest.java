package no.hmskort.order.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.events.registers.ForeignWorkEvent;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.OrderServiceIntegrationTest;
import no.hmskort.order.ordering.application.WaitingLines;
import no.hmskort.platform.time.Norway;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Eligibility at order time through the real broker: a line waits for its documents, then for the register
 * duties (showing each unmet one), goes on by itself when a register event meets them, and is cancelled free
 * of charge when it waited too long.
 */
class WaitingLinesTest extends OrderServiceIntegrationTest {

    @Autowired
    WaitingLines waitingLines;
    @Autowired
    no.hmskort.order.uploads.application.Documents store;

    @Test
    void a_line_waits_for_documents_then_for_aa_registeret_and_is_approved_when_the_employment_arrives() throws IOException {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = placeOrder(business, "construction", worker);
        confirmIdentity(business, order, 0);
        put(lineOf(business.sub(), order, 0) + "/photo", token(business.orderer()), "image/png", png(400, 500))
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("AWAITING_DOCUMENTS");

        try (KafkaProbe approvals = KafkaProbe.watching(Topics.ORDERS.name())) {
            put(lineOf(business.sub(), order, 0) + "/id-copy", token(business.orderer()), "image/jpeg", jpeg(600, 800))
                    .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("AWAITING_REGISTRATION");
            String waiting = getOrder(business, order);
            assertThat((List<String>) JsonPath.read(waiting, "$.lines[0].unmetDuties[*].register"))
                    .containsExactly("Aa-registeret");
            assertThat((List<String>) JsonPath.read(waiting, "$.lines[0].unmetDuties[*].reason"))
                    .containsExactly("no employment is registered between the holder and the business");
            assertThat(approvals.poll()).noneMatch(r -> business.sub().value().equals(r.key()));

            employ(worker, business.sub(), today().minusMonths(3));
            OrderLineApproved approved = (OrderLineApproved) TestEvents.decode(Topics.ORDERS,
                    approvals.await(r -> business.sub().value().equals(r.key()), WAIT).value()).data();
            assertThat(approved.orderId().toString()).isEqualTo(JsonPath.read(order, "$.orderId"));
            assertThat(approved.holder().person()).isEqualTo(worker);
            assertThat(approved.employer()).isEqualTo(business.main());
            assertThat(approved.deliveryAddress().street()).isEqualTo("Bryggen 1");
            assertThat(approved.replacesCard()).isNull();
            assertThat(approved.photoRef()).startsWith("https://order.hmskort.test/api/partner/photos/");

            String photoPath = approved.photoRef().substring("https://order.hmskort.test".length());
            byte[] photo = client().get().uri(photoPath).header("Authorization", "Bearer " + printerToken()).exchange()
                    .expectStatus().isOk().expectHeader().contentType("image/jpeg")
                    .returnResult(byte[].class).getResponseBody();
            assertThat(ImageIO.read(new ByteArrayInputStream(photo)).getWidth()).isEqualTo(400);
            client().get().uri(photoPath).header("Authorization", "Bearer " + token(business.orderer())).exchange()
                    .expectStatus().isForbidden();

            employ(worker, business.sub(), today().minusMonths(1));
            Awaitility.await().atMost(WAIT).until(() -> facts.person(worker).employments().size() == 2);
            waitingLines.runAt(Instant.now());
            // a second approval would go out through the outbox relay, which publishes in the order it is nudged:
            // once a later approval on the same key has arrived, any second one of this line would have too
            PersonId marker = TestIdentifiers.aPerson();
            employ(marker, business.sub(), today().minusMonths(1));
            awaitEmployment(marker);
            uploadDocuments(business, placeOrder(business, "construction", marker), 0);
            approvals.await(r -> business.sub().value().equals(r.key()) && ((OrderLineApproved) TestEvents.decode(
                    Topics.ORDERS, r.value()).data()).holder().person().equals(marker), WAIT);
            assertThat(approvals.poll()).filteredOn(r -> business.sub().value().equals(r.key()))
                    .filteredOn(r -> ((OrderLineApproved) TestEvents.decode(Topics.ORDERS, r.value()).data())
                            .holder().person().equals(worker))
                    .hasSize(1);
        }
        assertThat(lineState(business, order, 0)).isEqualTo("APPROVED");
        assertThat((List<?>) JsonPath.read(getOrder(business, order), "$.lines[0].unmetDuties")).isEmpty();
    }

    @Test
    void every_unmet_duty_is_shown_and_the_line_goes_on_only_when_all_are_met() {
        Business business = aBusiness("AS", false, false);
        PersonId worker = TestIdentifiers.aPerson();
        String order = placeOrder(business, "construction", worker);
        uploadDocuments(business, order, 0);
        assertThat((List<String>) JsonPath.read(getOrder(business, order), "$.lines[0].unmetDuties[*].duty"))
                .containsExactly("vat-registered", "employment-registered");

        employ(worker, business.sub(), today().minusDays(1));
        Awaitility.await().atMost(WAIT).until(() -> ((List<String>) JsonPath.read(getOrder(business, order),
                "$.lines[0].unmetDuties[*].duty")).equals(List.of("vat-registered")));
        assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_REGISTRATION");

        TestEvents.publish(Topics.VAT_REGISTER, new no.hmskort.contracts.events.registers.VatRegisterEvent
                .VatRegistrationChanged(business.main(), true, null, Instant.now()));
        awaitLineState(business, order, 0, "APPROVED");
    }

    @Test
    void a_card_may_be_ordered_up_to_thirty_days_before_the_employment_starts_and_the_daily_check_sees_the_day_come() {
        Business business = aBusiness();
        PersonId soon = TestIdentifiers.aPerson();
        PersonId later = TestIdentifiers.aPerson();
        LocalDate today = today();
        employ(soon, business.sub(), today.plusDays(20));
        employ(later, business.sub(), today.plusDays(45));
        awaitEmployment(soon);
        awaitEmployment(later);
        String order = placeOrder(business, "construction", soon, later);
        uploadDocuments(business, order, 0);
        uploadDocuments(business, order, 1);
        assertThat(lineState(business, order, 0)).isEqualTo("APPROVED");
        assertThat((String) JsonPath.read(getOrder(business, order), "$.lines[1].unmetDuties[0].reason"))
                .isEqualTo("the employment starts on " + today.plusDays(45));

        waitingLines.runAt(noonInNorway(today.plusDays(14)));
        assertThat(lineState(business, order, 1)).isEqualTo("AWAITING_REGISTRATION");
        waitingLines.runAt(noonInNorway(today.plusDays(16)));
        assertThat(lineState(business, order, 1)).isEqualTo("APPROVED");
    }

    @Test
    void a_foreign_worker_on_a_registered_assignment_is_approved_through_the_oppdrags_register() {
        Business foreign = aBusiness("NUF", true, false);
        PersonId worker = aDNumber();
        String order = placeOrder(foreign, "construction", worker);
        uploadDocuments(foreign, order, 0);
        assertThat((List<String>) JsonPath.read(getOrder(foreign, order), "$.lines[0].unmetDuties[*].register"))
                .containsExactly("Oppdrags- og arbeidsforholdsregisteret");

        String assignment = UUID.randomUUID().toString();
        TestEvents.publish(Topics.FOREIGN_WORK, new ForeignWorkEvent.AssignmentChanged(assignment, foreign.main(),
                today().minusDays(10), today().plusMonths(6), Instant.now()));
        TestEvents.publish(Topics.FOREIGN_WORK, new ForeignWorkEvent.ForeignWorkerChanged(assignment, foreign.main(),
                worker, today().minusDays(5), today().plusMonths(6), Instant.now()));
        awaitLineState(foreign, order, 0, "APPROVED");
    }

    @Test
    void a_line_still_awaiting_registration_after_thirty_days_is_cancelled_free_of_charge_once() {
        Business business = aBusiness();
        PersonId worker = TestIdentifiers.aPerson();
        String order = placeOrder(business, "construction", worker);
        uploadDocuments(business, order, 0);
        assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_REGISTRATION");
        org.bson.Document stored = mongo.getCollection("orders").find(new org.bson.Document("_id",
                JsonPath.read(order, "$.orderId"))).first().get("order", org.bson.Document.class)
                .getList("lines", org.bson.Document.class).get(0);
        assertThat(store.exists(stored.getString("photoId"))).isTrue();

        waitingLines.runAt(Instant.now().plus(Duration.ofDays(29)));
        assertThat(lineState(business, order, 0)).isEqualTo("AWAITING_REGISTRATION");

        waitingLines.runAt(Instant.now().plus(Duration.ofDays(31)));
        String cancelled = getOrder(business, order);
        assertThat((String) JsonPath.read(cancelled, "$.lines[0].state")).isEqualTo("CANCELLED");
        assertThat((String) JsonPath.read(cancelled, "$.lines[0].closedReason")).contains("cancelled free of charge");
        assertThat(store.exists(stored.getString("photoId"))).isFalse();
        assertThat(store.exists(stored.getString("idCopyId"))).isFalse();

        waitingLines.runAt(Instant.now().plus(Duration.ofDays(32)));
        assertThat(getOrder(business, order)).isEqualTo(cancelled);
        employ(worker, business.sub(), today().minusDays(1));
        awaitEmployment(worker);
        assertThat(lineState(business, order, 0)).isEqualTo("CANCELLED");
    }

    /** The date in Norway, as the service sees it (not the JVM's date, which is a UTC date here). */
    private static LocalDate today() {
        return Norway.dateOf(Instant.now());
    }

    private static Instant noonInNorway(LocalDate date) {
        return date.atTime(12, 0).atZone(Norway.ZONE).toInstant();
    }

    /** A D-number (day of birth + 40) with valid check digits. */
    private static PersonId aDNumber() {
        String base = TestIdentifiers.aPerson().value();
        String body = (char) (base.charAt(0) + 4) + base.substring(1, 9);
        for (int k1 = 0; k1 <= 9; k1++) {
            for (int k2 = 0; k2 <= 9; k2++) {
                try {
                    return PersonId.of(body + k1 + k2);
                } catch (InvalidIdentifierException ignored) {
                    // not these check digits
                }
            }
        }
        return aDNumber();
    }
}
