package no.hmskort.production.shipping.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import no.hmskort.production.printing.application.CardAnnouncements;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionState;
import no.hmskort.production.shipping.model.Shipment;
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
    private final ShipmentAnnouncements shipmentAnnouncements;
    private final CardAnnouncements cardAnnouncements;

    RecordingDelivery(Shipments shipments, ProductionCards cards, ShipmentAnnouncements shipmentAnnouncements,
            CardAnnouncements cardAnnouncements) {
        this.shipments = shipments;
        this.cards = cards;
        this.shipmentAnnouncements = shipmentAnnouncements;
        this.cardAnnouncements = cardAnnouncements;
    }

    /** The carrier confirmed the shipment delivered at the moment given. */
    public record DeliveryConfirmed(UUID shipmentId, Instant deliveredAt) {
    }

    public enum Outcome { RECORDED, UNKNOWN_SHIPMENT }

    public Outcome apply(DeliveryConfirmed confirmed) {
        Optional<Shipment> recorded = shipments.change(confirmed.shipmentId(), shipment -> shipment.delivered()
                ? Change.<Shipment, Shipment>none(shipment)
                : Change.to(shipment.deliveredAt(confirmed.deliveredAt()), shipmentAnnouncements.delivered(shipment,
                        Norway.dateOf(confirmed.deliveredAt()))));
        if (recorded.isEmpty()) {
            return Outcome.UNKNOWN_SHIPMENT;
        }
        recorded.get().cards().forEach(c -> deliver(c.cardNumber(), recorded.get()));
        return Outcome.RECORDED;
    }

    private void deliver(CardNumber number, Shipment shipment) {
        cards.change(number, current -> {
            // The carrier can confirm before the dispatch has marked its cards shipped (the shipment's events
            // go out the moment it is written): a card still claimed for this shipment is shipped and delivered.
            boolean claimedStill = current.state() == ProductionState.PRINTED
                    && shipment.id().equals(current.shipmentId());
            if (current.state() != ProductionState.SHIPPED && !claimedStill) {
                return Change.<ProductionCard, ProductionCard>none(current);
            }
            ProductionCard delivered = (claimedStill ? current.shipped(shipment.sentOn()) : current)
                    .delivered(shipment.deliveredAt());
            return Change.to(delivered, oldCardReplaced(delivered, shipment.deliveredAt()));
        }).ifPresent(this::markOldCardReplaced);
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
        return List.of(cardAnnouncements.replaced(old, delivered.cardNumber(), ProductionCard.REPLACED_ON_DELIVERY, at));
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
        cards.change(old, oldCard -> oldCard.replacedBy() != null ? Change.<ProductionCard, ProductionCard>none(oldCard)
                : Change.to(oldCard.replacedBy(card.cardNumber()), List.of()));
    }
}
