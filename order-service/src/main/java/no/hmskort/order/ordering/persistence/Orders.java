package no.hmskort.order.ordering.persistence;

import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class Orders {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Orders(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public void insert(OrderDocument document) {
        mongo.insert(document);
        relay.nudge("orders", document.orderId);
    }

    public Optional<Order> find(OrganisationNumber orderingUnit, UUID orderId) {
        return Optional.ofNullable(mongo.findById(orderId.toString(), OrderDocument.class))
                .map(OrderDocument::order)
                .filter(order -> order.orderingUnit().equals(orderingUnit));
    }

    /** Replaces the order, if it is still the version that was read (optimistic locking). */
    public void update(UUID orderId, java.util.function.UnaryOperator<Order> change) {
        OrderDocument document = mongo.findById(orderId.toString(), OrderDocument.class);
        if (document != null) {
            document.order = change.apply(document.order);
            mongo.save(document);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource ordersOutbox() {
            return new OutboxSource("orders");
        }
    }
}
