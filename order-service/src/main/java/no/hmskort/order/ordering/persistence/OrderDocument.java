package no.hmskort.order.ordering.persistence;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An order with the events its changes imply: one document, one atomic write. */
@Document("orders")
public class OrderDocument {

    @Id
    String orderId;
    @Version
    Long version;
    @Indexed
    String orderingUnit;
    Order order;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static OrderDocument of(Order order, List<OutboxMessage> events) {
        OrderDocument document = new OrderDocument();
        document.orderId = order.orderId().toString();
        document.orderingUnit = order.orderingUnit().value();
        document.order = order;
        document.outbox.addAll(events);
        return document;
    }

    public Order order() {
        return order;
    }
}
