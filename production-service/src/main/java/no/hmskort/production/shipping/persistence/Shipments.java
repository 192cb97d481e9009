package no.hmskort.production.shipping.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class Shipments {

    static final String COLLECTION = "shipments";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Shipments(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Optional<ShipmentDocument> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), ShipmentDocument.class));
    }

    /** Creates the shipment with its events; false if it already exists (a dispatch finishing what a crash left). */
    public boolean create(Shipment shipment, List<OutboxMessage> events) {
        try {
            ShipmentDocument document = ShipmentDocument.of(shipment, events);
            mongo.insert(document);
            relay.nudge(COLLECTION, document.id);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Saves under optimistic locking: a concurrent change raises, and the caller's message is retried. */
    public void save(ShipmentDocument document) {
        mongo.save(document);
        if (!document.outbox.isEmpty()) {
            relay.nudge(COLLECTION, document.id);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource shipmentsOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
