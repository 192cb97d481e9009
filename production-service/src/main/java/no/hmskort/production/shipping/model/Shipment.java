package no.hmskort.production.shipping.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;

/** Printed cards of one {@link ShipmentGroup} sent together, with their postage; later delivered. */
public record Shipment(UUID id, ShipmentGroup group, List<ShippedCard> cards, LocalDate sentOn, long postageOre,
        Instant deliveredAt) {

    /**
     * A card in the shipment, with what billing charges it by.
     *
     * @param orderedAt when the card's order was placed: the price in force then applies
     * @param freeOfCharge an automatic replacement: invoiced at zero
     * @param trace the traceparent of the card's order line, which its shipping continues
     */
    public record ShippedCard(CardNumber cardNumber, String cardType, UUID orderId, Instant orderedAt,
            boolean freeOfCharge, String trace) {
    }

    public Shipment {
        cards = List.copyOf(cards);
    }

    public static Shipment sent(UUID id, ShipmentGroup group, List<ProductionCard> cards, LocalDate on,
            PostageTable postage) {
        if (cards.stream().anyMatch(c -> !ShipmentGroup.of(c).equals(group))) {
            throw new IllegalArgumentException("every card of a shipment belongs to its group");
        }
        List<ShippedCard> shipped = cards.stream().map(c -> new ShippedCard(c.cardNumber(), c.line().cardType(),
                c.line().orderId(), c.line().orderedAt(), c.freeOfCharge(), c.line().trace())).toList();
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
}
