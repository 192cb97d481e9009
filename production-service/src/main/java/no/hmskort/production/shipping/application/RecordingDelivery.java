package no.hmskort.production.shipping.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.events.shipping.ShipmentDelivered;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.PoisonMessageException;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.printing.persistence.ProductionCards;
import no.hmskort.production.shipping.model.Shipment;
import no.hmskort.production.shipping.persistence.ShipmentDocument;
import no.hmskort.production.shipping.persistence.Shipments;
import org.springframework.stereotype.Service;

/**
 * The carrier delivered a shipment: {@code ShipmentDelivered} and one {@code CardDelivered} per card, in
 * the shipment's write that records it; then each card is marked delivered (also one the dispatch has not yet
 * marked shipped), and a card the employer ordered to replace another announces the old card replaced. A
 * redelivered confirmation announces nothing again, and finishes marking the cards if a crash stopped that.
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
        var sentOn = recorded.sentOn();
        var shipmentId = recorded.id();
        recorded.cards().forEach(c -> cards.change(c.cardNumber(), card -> {
            ProductionCard current = card.card();
            // The carrier can confirm before the dispatch has marked its cards shipped (the shipment's events
            // go out the moment it is written): a card still claimed for this shipment is shipped and delivered.
            boolean claimedStill = current.state() == ProductionState.PRINTED && shipmentId.equals(current.shipmentId());
            if (current.state() != ProductionState.SHIPPED && !claimedStill) {
                return false;
            }
            ProductionCard delivered = (claimedStill ? current.shipped(sentOn) : current).delivered(at);
            card.change(delivered, oldCardReplaced(delivered, at));
            return true;
        }).ifPresent(this::markOldCardReplaced));
    }

    /**
     * An employer-ordered replacement replaces its old card the moment it arrives: {@code CardReplaced}
     * rides in the write that makes the new card delivered, which happens once, so it is announced once.
     */
    private List<OutboxMessage> oldCardReplaced(ProductionCard delivered, Instant at) {
        CardNumber old = delivered.replacesOnDelivery();
        if (old == null) {
            return List.of();
        }
        return List.of(outbox.message(Topics.CARDS, new CardReplaced(old, delivered.cardNumber(),
                ProductionCard.REPLACED_ON_DELIVERY, at)));
    }

    /**
     * Production's own note on the old card, so a later recall neither replaces it nor announces it
     * replaced again. Repeated on every confirmation of the shipment, so a crash after the delivery's
     * write is made good by the redelivered confirmation. The first replacement announced stays.
     */
    private void markOldCardReplaced(ProductionCard card) {
        CardNumber old = card.replacesOnDelivery();
        if (card.state() != ProductionState.DELIVERED || old == null) {
            return;
        }
        cards.change(old, document -> {
            if (document.card().replacedBy() != null) {
                return false;
            }
            document.change(document.card().replacedBy(card.cardNumber()), List.of());
            return true;
        });
    }
}
