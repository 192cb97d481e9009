package no.hmskort.order.ordering.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.persistence.OrderDocument;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Every change to an order goes through here: the change is applied to the order as stored, and each line
 * it approves is announced to production ({@code OrderLineApproved}) in the same single-document write. A
 * concurrent write is retried on the fresh order.
 */
@Component
public class ChangingOrders {

    /** Many writers meet on one order (holder, orderer, production, registers): retried with jitter, not at once. */
    private static final int ATTEMPTS = 40;

    private final Orders orders;
    private final Outbox outbox;
    private final String photoBase;

    ChangingOrders(Orders orders, Outbox outbox, OrderingProperties properties) {
        this.orders = orders;
        this.outbox = outbox;
        this.photoBase = properties.publicBaseUrl() + "/api/partner/photos/";
    }

    /** The order after the change, or empty when there is no such order. */
    public Optional<Order> change(UUID orderId, UnaryOperator<Order> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<OrderDocument> found = orders.find(orderId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            OrderDocument document = found.get();
            Order before = document.order();
            Order after = change.apply(before);
            if (after.equals(before)) {
                return Optional.of(before);
            }
            document.change(after, approvals(before, after));
            try {
                orders.save(document);
                return Optional.of(after);
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1L << Math.min(attempt, 7)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a concurrent change", interrupted);
        }
    }

    /** The events for the lines a change approves (for a new order: its approved lines). */
    public List<OutboxMessage> approvals(Order before, Order after) {
        List<OrderLine> approved = before == null
                ? after.lines().stream().filter(l -> l.state() == LineState.APPROVED).toList()
                : after.approvedSince(before);
        return approved.stream().map(line -> outbox.message(Topics.ORDERS, approved(after, line))).toList();
    }

    private OrderLineApproved approved(Order order, OrderLine line) {
        return new OrderLineApproved(order.orderId(), line.lineId(), order.orderingUnit(), order.employer(),
                order.employerName(), order.cardType(), line.holderOnCard(), order.deliveryAddress(), order.placedAt(),
                photoBase + line.photoId(), line.replacesCard());
    }
}
