package no.hmskort.order.ordering.application;

import java.util.List;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.platform.messaging.OutboxMessage;

/** What a change to an order tells the others: each line it approves goes to production once. */
public interface OrderAnnouncements {

    /** @param before the order before the change; null for a new order */
    List<OutboxMessage> of(Order before, Order after);
}
