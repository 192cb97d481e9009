package no.hmskort.order.ordering.application;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.platform.store.Change;
import org.springframework.stereotype.Component;

/**
 * Every change to an order goes through here: the use case decides on the order as stored, and each line the
 * change approves is announced to production in the same single-document write.
 */
@Component
public class ChangingOrders {

    private final Orders orders;
    private final OrderAnnouncements announcements;

    ChangingOrders(Orders orders, OrderAnnouncements announcements) {
        this.orders = orders;
        this.announcements = announcements;
    }

    /** The order after the change (as it was when nothing changed), or empty when there is no such order. */
    public Optional<Order> change(OrderId orderId, UnaryOperator<Order> change) {
        return decide(orderId, before -> {
            Order after = change.apply(before);
            return changed(before, after, after);
        });
    }

    /** The use case's answer after its decision was written, or empty when there is no such order. */
    public <R> Optional<R> decide(OrderId orderId, Function<Order, Change<Order, R>> decide) {
        return orders.change(orderId, decide);
    }

    /** The change from {@code before} to {@code after} with what it announces, answering {@code result}. */
    public <R> Change<Order, R> changed(Order before, Order after, R result) {
        return after.equals(before) ? Change.none(result) : Change.to(after, announcements.of(before, after), result);
    }
}
