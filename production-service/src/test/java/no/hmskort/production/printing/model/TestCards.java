package no.hmskort.production.printing.model;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.production.printing.messaging.ProductionLines;
import no.hmskort.testsupport.TestIdentifiers;

/** Readable builders for cards in production. */
public final class TestCards {

    public static final SecureRandom RANDOM = new SecureRandom();
    public static final DeliveryAddress OFFICE = new DeliveryAddress("Byggmester Hansen AS", "Storgata 1", "0155", "Oslo");
    public static final DeliveryAddress SITE = new DeliveryAddress("Byggmester Hansen AS", "Anleggsveien 9", "2317",
            "Hamar");

    private TestCards() {
    }

    public static OrderLineApproved aLine(OrganisationNumber unit, DeliveryAddress address) {
        return aLine(unit, address, "Ola Nordmann");
    }

    public static OrderLineApproved aLine(OrganisationNumber unit, DeliveryAddress address, String holderName) {
        var person = TestIdentifiers.aPerson();
        return new OrderLineApproved(UUID.randomUUID(), UUID.randomUUID(), unit, unit, "Byggmester Hansen AS",
                "construction", new CardHolder(person, holderName, person.birthDate()), address,
                Instant.parse("2026-11-01T10:00:00Z"), "https://order.hmskort.no/api/photos/" + UUID.randomUUID(), null);
    }

    /** The line as the employer's order to replace {@code old} (a renewal, or a reorder of a lost card). */
    public static OrderLineApproved replacing(OrderLineApproved line, CardNumber old) {
        return new OrderLineApproved(line.orderId(), line.lineId(), line.orderingUnit(), line.employer(),
                line.employerName(), line.cardType(), line.holder(), line.deliveryAddress(), line.orderedAt(),
                line.photoRef(), old);
    }

    /** The order line as production keeps it. */
    public static ProductionLine production(OrderLineApproved line) {
        return ProductionLines.of(line, null);
    }

    public static OrderLineApproved aLine() {
        return aLine(TestIdentifiers.anOrganisationNumber(), OFFICE);
    }

    public static ProductionCard aRequestedCard(int attempts) {
        return ProductionCard.requested(CardNumber.random(RANDOM), production(aLine()), null, attempts);
    }

    public static ChipUid aChip() {
        return ChipUid.of(String.format("%014X", RANDOM.nextLong() >>> 8));
    }

    public static ProductionCard aPrintedCard(OrderLineApproved line, String batch, LocalDate on) {
        return ProductionCard.requested(CardNumber.random(RANDOM), production(line), null, 3).printed(aChip(), batch, on);
    }

    public static ProductionCard aPrintedCard(LocalDate on) {
        return aPrintedCard(aLine(), "BATCH-1", on);
    }
}
