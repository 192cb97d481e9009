package no.hmskort.production.shipping.application;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.shipping.model.Shipment;

/** What production tells billing and the card holders' services about a shipment, as outbox messages. */
public interface ShipmentAnnouncements {

    /** The shipment left, and each of its cards with it. */
    List<OutboxMessage> sent(Shipment shipment);

    /** The carrier delivered the shipment on the (Norwegian) day, and each of its cards with it. */
    List<OutboxMessage> delivered(Shipment shipment, LocalDate on);
}
