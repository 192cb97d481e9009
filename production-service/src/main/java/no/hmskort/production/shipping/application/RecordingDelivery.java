package no.hmskort.production.shipping.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.events.shipping.ShipmentDelivered;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.PoisonMessageException;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.persistence.ProductionCards;
import no.hmskort.production.shipping.model.Shipment;
import no.hmskort.production.shipping.persistence.ShipmentDocument;
import no.hmskort.production.shipping.persistence.Shipments;
import org.springframework.stereotype.Service;

/**
 * The carrier delivered a shipment: {@code ShipmentDelivered} and one {@code CardDelivered} per card, in
 * the shipment's write that records it; then each card is marked delivered. A redelivered confirmation
 * announces nothing again, and finishes marking the cards if a crash stopped that.
 */
@Service
public class RecordingDelivery {

    private final Shipments shipments;
    private final ProductionCards cards;
    private final Outbox outbox;

    RecordingDelivery(Shipments shipments, ProductionCards cards, Outbox outbox) {
        this.shipments = shipments;
        this.cards = cards;
        this.outbox = outbox;
    }

    public void apply(ShipmentDeliveryConfirmed confirmed) {
        ShipmentDocument document = shipments.find(confirmed.shipmentId()).orElseThrow(
                () -> new PoisonMessageException("delivery confirmed for unknown shipment " + confirmed.shipmentId()));
        Shipment recorded = document.shipment();
        if (!recorded.delivered()) {
            Shipment shipment = recorded;
            Shipment delivered = shipment.deliveredAt(confirmed.deliveredAt());
            LocalDate on = Norway.dateOf(confirmed.deliveredAt());
            List<OutboxMessage> events = new ArrayList<>();
            events.add(outbox.message(Topics.SHIPMENTS, new ShipmentDelivered(shipment.id(),
                    shipment.group().orderingUnit(), on)));
            shipment.cards().forEach(c -> events.add(outbox.message(Topics.CARDS,
                    new CardDelivered(c.cardNumber(), shipment.id(), on))));
            document.change(delivered, events);
            shipments.save(document);
            recorded = delivered;
        }
        var at = recorded.deliveredAt();
        recorded.cards().forEach(c -> cards.change(c.cardNumber(), card -> {
            if (card.card().state() != ProductionState.SHIPPED) {
                return false;
            }
            card.change(card.card().delivered(at), List.of());
            return true;
        }));
    }
}
