package no.hmskort.production.shipping.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import no.hmskort.production.shipping.application.Shipments;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Shipments in MongoDB, one document each, changed through the versioned store. */
@Component
class MongoShipments implements Shipments {

    static final String COLLECTION = "shipments";

    private final VersionedStore<Shipment, ShipmentDocument> store;

    MongoShipments(MongoTemplate mongo, OutboxRelay relay) {
        this.store = new VersionedStore<>(mongo, relay, ShipmentDocument.class, ShipmentDocument::new);
    }

    @Override
    public Optional<Shipment> find(UUID id) {
        return store.find(id.toString());
    }

    @Override
    public boolean create(Shipment shipment, List<OutboxMessage> events) {
        return store.insert(shipment, events).isPresent();
    }

    @Override
    public <R> Optional<R> change(UUID id, Function<Shipment, Change<Shipment, R>> decide) {
        return store.change(id.toString(), decide);
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource shipmentsOutbox() {
            return new OutboxSource(COLLECTION);
        }
    }
}
