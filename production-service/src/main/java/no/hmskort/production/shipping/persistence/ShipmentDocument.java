package no.hmskort.production.shipping.persistence;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A shipment, with {@code ShipmentSent} and one {@code CardShipped} per card in its outbox from the
 * write that creates it, and {@code ShipmentDelivered} and {@code CardDelivered} from the write that
 * records its delivery.
 */
@Document("shipments")
public class ShipmentDocument {

    @Id
    String id;
    @Version
    Long version;
    Shipment shipment;
    List<OutboxMessage> outbox = new ArrayList<>();

    static ShipmentDocument of(Shipment shipment, List<OutboxMessage> events) {
        ShipmentDocument document = new ShipmentDocument();
        document.id = shipment.id().toString();
        document.shipment = shipment;
        document.outbox.addAll(events);
        return document;
    }

    public Shipment shipment() {
        return shipment;
    }

    public void change(Shipment shipment, List<OutboxMessage> events) {
        this.shipment = shipment;
        this.outbox.addAll(events);
    }
}
