package no.hmskort.production.shipping;

import static no.hmskort.production.printing.model.TestCards.SITE;
import static no.hmskort.production.printing.model.TestCards.aChip;
import static no.hmskort.production.printing.model.TestCards.aLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.production.shipping.model.ShipmentGroup;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.ProductionServiceApplication;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.model.TestCards;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.shipping.application.DispatchingShipments;
import no.hmskort.production.shipping.application.RecordingDelivery;
import no.hmskort.production.shipping.application.ShipmentAnnouncements;
import no.hmskort.production.shipping.application.Shipments;
import no.hmskort.production.shipping.application.ShippingSettings;
import no.hmskort.production.shipping.model.Shipment;
import no.hmskort.testsupport.KafkaProbe;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two service instances dispatching at once share the store but not the in-JVM lock: the interleaving in
 * which one creates a shipment from the cards the other has claimed so far, played step by step.
 */
@SpringBootTest(classes = ProductionServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + ProductionServiceApplication.CONFIG_NAME,
            "hmskort.production.dispatch-interval=PT1H", "hmskort.production.replaced-card-check-interval=PT1H",
            "hmskort.production.replaced-card-grace=PT0S"})
class DispatchingShipmentsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    DispatchingShipments instanceA;
    @Autowired
    ProductionCards cards;
    @Autowired
    Shipments shipments;
    @Autowired
    ShipmentAnnouncements announcements;
    @Autowired
    Clock clock;
    @Autowired
    ShippingSettings settings;
    @Autowired
    RecordingDelivery delivery;
    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void a_shipment_created_by_another_instance_mid_claim_leaves_no_card_unshipped_or_shipped_twice() {
        DispatchingShipments instanceB = new DispatchingShipments(cards, shipments, announcements, clock, settings,
                new Leases(mongo, Clock.systemUTC(), "instance-b"));
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        List<ProductionCard> early = List.of(printedCard(unit), printedCard(unit));
        List<ProductionCard> late = List.of(requestedCard(unit), requestedCard(unit), requestedCard(unit));
        List<CardNumber> all = new ArrayList<>();
        early.forEach(c -> all.add(c.cardNumber()));
        late.forEach(c -> all.add(c.cardNumber()));
        UUID shipmentX = UUID.randomUUID();

        try (KafkaProbe probe = KafkaProbe.watching(Topics.SHIPMENTS.name())) {
            // A claims the first cards for X; B takes X for an interrupted run and creates it from those.
            early.forEach(c -> claim(c.cardNumber(), shipmentX));
            assertThat(ofUnit(instanceB.dispatch(), unit)).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(shipmentX);
                assertThat(s.cards()).hasSize(2);
            });
            // A goes on claiming its later cards (printed meanwhile) for X, then finishes X.
            late.forEach(c -> {
                cards.change(c.cardNumber(), card -> Change.to(card.printed(aChip(), "LOT-D", Norway.today(clock)),
                        List.of()));
                claim(c.cardNumber(), shipmentX);
            });
            assertThat(ofUnit(instanceA.dispatch(), unit)).as("X exists already").isEmpty();
            assertThat(late).allSatisfy(c -> assertThat(cards.findByLine(c.line().lineId()).orElseThrow())
                    .satisfies(now -> {
                        assertThat(now.state()).isEqualTo(ProductionState.PRINTED);
                        assertThat(now.shipmentId()).as("released from X, which does not list it").isNull();
                    }));

            assertThat(ofUnit(instanceA.dispatch(), unit)).singleElement().satisfies(s -> {
                assertThat(s.id()).isNotEqualTo(shipmentX);
                assertThat(s.cards()).hasSize(3);
            });

            Awaitility.await().atMost(WAIT).until(() -> sent(probe, unit).size() == 2);
            List<CardNumber> inShipments = sent(probe, unit).stream().flatMap(s -> s.cards().stream())
                    .map(ShipmentSent.ShippedCard::cardNumber).toList();
            assertThat(inShipments).as("every card in exactly one ShipmentSent").containsExactlyInAnyOrderElementsOf(all);
            for (ShipmentSent s : sent(probe, unit)) {
                assertThat(s.cards()).allSatisfy(c -> assertThat(cards.findByNumber(c.cardNumber()).orElseThrow().card())
                        .satisfies(card -> {
                            assertThat(card.state()).isEqualTo(ProductionState.SHIPPED);
                            assertThat(card.shipmentId()).isEqualTo(s.shipmentId());
                        }));
            }
        }
    }

    /**
     * The shipment's events go out the moment its document is written, so under load the carrier's confirmation
     * can come before the dispatch has marked the cards shipped: every card still ends delivered, none stays
     * shipped for good.
     */
    @Test
    void a_delivery_confirmed_before_the_dispatch_marks_the_cards_shipped_still_delivers_every_card() {
        OrganisationNumber unit = TestIdentifiers.anOrganisationNumber();
        List<ProductionCard> printed = List.of(printedCard(unit), printedCard(unit), printedCard(unit));
        UUID shipmentId = UUID.randomUUID();
        printed.forEach(c -> claim(c.cardNumber(), shipmentId));
        // what the dispatch's second step leaves: the shipment written, its cards still only claimed
        List<ProductionCard> claimed = cards.inShipment(shipmentId);
        shipments.create(Shipment.sent(shipmentId, ShipmentGroup.of(claimed.getFirst()), claimed, Norway.today(clock),
                settings.postageTable()), List.of());

        delivery.apply(new RecordingDelivery.DeliveryConfirmed(shipmentId, java.time.Instant.now()));
        instanceA.dispatch();

        assertThat(printed).allSatisfy(c -> assertThat(cards.findByNumber(c.cardNumber()).orElseThrow().card().state())
                .isEqualTo(ProductionState.DELIVERED));
    }

    private static List<Shipment> ofUnit(List<Shipment> sent, OrganisationNumber unit) {
        return sent.stream().filter(s -> s.group().orderingUnit().equals(unit)).toList();
    }

    private void claim(CardNumber number, UUID shipmentId) {
        cards.change(number, card -> Change.to(card.inShipment(shipmentId), List.of()));
    }

    private ProductionCard requestedCard(OrganisationNumber unit) {
        var line = aLine(unit, SITE);
        return cards.insertWithFreshNumber(line.lineId(), () -> CardNumber.random(TestCards.RANDOM),
                number -> ProductionCard.requested(number, TestCards.production(line), null, 3).printJobIssued(Norway.today(clock)),
                card -> List.of()).orElseThrow();
    }

    private ProductionCard printedCard(OrganisationNumber unit) {
        ProductionCard card = requestedCard(unit);
        return cards.change(card.cardNumber(), c -> Change.to(c.printed(aChip(), "LOT-D", Norway.today(clock)),
                List.of())).orElseThrow();
    }

    private static List<ShipmentSent> sent(KafkaProbe probe, OrganisationNumber unit) {
        return probe.poll().stream().filter(r -> r.topic().equals(Topics.SHIPMENTS.name()) && unit.value().equals(r.key()))
                .map(r -> TestEvents.decode(Topics.SHIPMENTS, r.value()).data()).filter(ShipmentSent.class::isInstance)
                .map(ShipmentSent.class::cast).toList();
    }
}
