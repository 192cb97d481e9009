package no.hmskort.production.shipping.messaging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.events.shipping.ShipmentDelivered;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.printing.messaging.ProductionLines;
import no.hmskort.production.shipping.application.ShipmentAnnouncements;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.stereotype.Component;

/** A shipment's announcements as the contract events on the shipment and card topics. */
@Component
public class ShipmentEvents implements ShipmentAnnouncements {

    private final Outbox outbox;

    ShipmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<OutboxMessage> sent(Shipment shipment) {
        List<OutboxMessage> events = new ArrayList<>();
        // the shipment goes on in its first card's trace (one trace, one parent); each card's in its own
        events.add(outbox.message(Topics.SHIPMENTS, announcement(shipment), shipment.cards().getFirst().trace()));
        shipment.cards().forEach(c -> events.add(outbox.message(Topics.CARDS, new CardShipped(c.cardNumber(),
                shipment.id(), shipment.sentOn()), c.trace())));
        return events;
    }

    @Override
    public List<OutboxMessage> delivered(Shipment shipment, LocalDate on) {
        List<OutboxMessage> events = new ArrayList<>();
        events.add(outbox.message(Topics.SHIPMENTS, new ShipmentDelivered(shipment.id(),
                shipment.group().orderingUnit(), on)));
        shipment.cards().forEach(c -> events.add(outbox.message(Topics.CARDS,
                new CardDelivered(c.cardNumber(), shipment.id(), on))));
        return events;
    }

    /** The shipment as billing reads it: its cards at the price of their order, and its postage. */
    public static ShipmentSent announcement(Shipment shipment) {
        return new ShipmentSent(shipment.id(), shipment.group().orderingUnit(),
                ProductionLines.address(shipment.group().deliveryAddress()), shipment.sentOn(),
                shipment.cards().stream().map(c -> new ShipmentSent.ShippedCard(c.cardNumber(), c.cardType(),
                        c.orderId(), c.orderedAt(), c.freeOfCharge())).toList(),
                shipment.postageOre(), shipment.postageCharged());
    }
}
