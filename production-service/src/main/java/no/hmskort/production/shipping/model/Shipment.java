package no.hmskort.production.shipping.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.production.printing.model.ProductionCard;

/** Printed cards of one {@link ShipmentGroup} sent together, with their postage; later delivered. */
public record Shipment(UUID id, ShipmentGroup group, List<ShipmentSent.ShippedCard> cards, LocalDate sentOn,
        long postageOre, Instant deliveredAt) {

    public Shipment {
        cards = List.copyOf(cards);
    }

    public static Shipment sent(UUID id, ShipmentGroup group, List<ProductionCard> cards, LocalDate on,
            PostageTable postage) {
        if (cards.stream().anyMatch(c -> !ShipmentGroup.of(c).equals(group))) {
            throw new IllegalArgumentException("every card of a shipment belongs to its group");
        }
        List<ShipmentSent.ShippedCard> shipped = cards.stream().map(c -> new ShipmentSent.ShippedCard(c.cardNumber(),
                c.line().cardType(), c.line().orderId(), c.line().orderedAt(), c.freeOfCharge())).toList();
        return new Shipment(id, group, shipped, on, postage.postageFor(cards.size()), null);
    }

    /** Postage is charged unless the shipment holds free replacements only (and groups never mix them). */
    public boolean postageCharged() {
        return !group.freeOfCharge();
    }

    public boolean delivered() {
        return deliveredAt != null;
    }

    public Shipment deliveredAt(Instant at) {
        return new Shipment(id, group, cards, sentOn, postageOre, at);
    }

    public ShipmentSent announcement() {
        return new ShipmentSent(id, group.orderingUnit(), group.deliveryAddress(), sentOn, cards, postageOre,
                postageCharged());
    }
}
