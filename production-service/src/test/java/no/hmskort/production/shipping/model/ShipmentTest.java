package no.hmskort.production.shipping.model;

import static no.hmskort.production.printing.model.TestCards.OFFICE;
import static no.hmskort.production.printing.model.TestCards.SITE;
import static no.hmskort.production.printing.model.TestCards.aChip;
import static no.hmskort.production.printing.model.TestCards.aLine;
import static no.hmskort.production.printing.model.TestCards.aPrintedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.Replacement;
import no.hmskort.production.printing.model.TestCards;
import no.hmskort.production.shipping.messaging.ShipmentEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;

class ShipmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final PostageTable POSTAGE = new PostageTable(List.of(new PostageTable.Tier(5, 4900),
            new PostageTable.Tier(20, 9900), new PostageTable.Tier(null, 19900)));

    @Test
    void postage_comes_from_the_first_tier_that_covers_the_number_of_cards() {
        assertThat(POSTAGE.postageFor(1)).isEqualTo(4900);
        assertThat(POSTAGE.postageFor(5)).isEqualTo(4900);
        assertThat(POSTAGE.postageFor(6)).isEqualTo(9900);
        assertThat(POSTAGE.postageFor(20)).isEqualTo(9900);
        assertThat(POSTAGE.postageFor(21)).isEqualTo(19900);
        assertThat(POSTAGE.postageFor(5_000)).isEqualTo(19900);
    }

    @Test
    void a_postage_table_must_end_open_and_rise() {
        assertThatThrownBy(() -> new PostageTable(List.of(new PostageTable.Tier(5, 4900))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PostageTable(List.of(new PostageTable.Tier(20, 1), new PostageTable.Tier(5, 2),
                new PostageTable.Tier(null, 3)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cards_are_grouped_by_ordering_unit_address_and_whether_they_are_free() {
        var unit = TestIdentifiers.anOrganisationNumber();
        ProductionCard office = aPrintedCard(aLine(unit, OFFICE), "B", TODAY);
        ProductionCard officeToo = aPrintedCard(aLine(unit, OFFICE), "B", TODAY);
        ProductionCard site = aPrintedCard(aLine(unit, SITE), "B", TODAY);
        ProductionCard free = ProductionCard.requested(CardNumber.random(TestCards.RANDOM), TestCards.production(aLine(unit, OFFICE)),
                new Replacement(UUID.randomUUID(), "chip defect", false), 3).printed(aChip(), "B", TODAY);
        ProductionCard otherUnit = aPrintedCard(aLine(TestIdentifiers.anOrganisationNumber(), OFFICE), "B", TODAY);

        assertThat(ShipmentGroup.of(office)).isEqualTo(ShipmentGroup.of(officeToo));
        assertThat(ShipmentGroup.of(office)).isNotEqualTo(ShipmentGroup.of(site));
        assertThat(ShipmentGroup.of(office)).isNotEqualTo(ShipmentGroup.of(free));
        assertThat(ShipmentGroup.of(office)).isNotEqualTo(ShipmentGroup.of(otherUnit));
    }

    @Test
    void a_shipment_of_free_replacements_charges_no_postage_and_lists_its_cards_free() {
        var unit = TestIdentifiers.anOrganisationNumber();
        ProductionCard free = ProductionCard.requested(CardNumber.random(TestCards.RANDOM), TestCards.production(aLine(unit, OFFICE)),
                new Replacement(UUID.randomUUID(), "chip defect", false), 3).printed(aChip(), "B", TODAY);
        ProductionCard paid = aPrintedCard(aLine(unit, OFFICE), "B", TODAY);

        var freeShipment = ShipmentEvents.announcement(
                Shipment.sent(UUID.randomUUID(), ShipmentGroup.of(free), List.of(free), TODAY, POSTAGE));
        assertThat(freeShipment.postageCharged()).isFalse();
        assertThat(freeShipment.cards()).singleElement().satisfies(c -> assertThat(c.freeOfCharge()).isTrue());

        var paidShipment = ShipmentEvents.announcement(
                Shipment.sent(UUID.randomUUID(), ShipmentGroup.of(paid), List.of(paid), TODAY, POSTAGE));
        assertThat(paidShipment.postageCharged()).isTrue();
        assertThat(paidShipment.postageOre()).isEqualTo(4900);
        assertThatThrownBy(() -> Shipment.sent(UUID.randomUUID(), ShipmentGroup.of(paid), List.of(paid, free), TODAY,
                POSTAGE)).isInstanceOf(IllegalArgumentException.class);
    }
}
