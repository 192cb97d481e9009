package no.hmskort.production.shipping.persistence;

import no.hmskort.platform.store.VersionedDocument;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A shipment, with {@code ShipmentSent} and one {@code CardShipped} per card in its outbox from the
 * write that creates it, and {@code ShipmentDelivered} and {@code CardDelivered} from the write that
 * records its delivery.
 */
@Document("shipments")
class ShipmentDocument extends VersionedDocument<Shipment> {

    @Id
    String id;
    Shipment shipment;

    ShipmentDocument() {
    }

    ShipmentDocument(Shipment shipment) {
        keep(shipment);
    }

    @Override
    public Shipment model() {
        return shipment;
    }

    @Override
    protected void keep(Shipment changed) {
        id = changed.id().toString();
        shipment = changed;
    }

    @Override
    public Object id() {
        return id;
    }
}
