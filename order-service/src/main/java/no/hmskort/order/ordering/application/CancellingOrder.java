package no.hmskort.order.ordering.application;

import java.util.Optional;
import java.util.function.Predicate;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import org.springframework.stereotype.Service;

/**
 * The orderer cancels an order, or one line, before production: a line that is approved is on its way to the
 * printer and cannot be cancelled. A cancelled line's documents and upload links go with it.
 */
@Service
public class CancellingOrder {

    static final String BY_ORDERER = "cancelled by the orderer";

    private final ChangingOrders changing;
    private final LineDocuments documents;

    CancellingOrder(ChangingOrders changing, LineDocuments documents) {
        this.changing = changing;
        this.documents = documents;
    }

    /** Cancels every line; refused as a whole if any line is approved or later (nothing is cancelled by halves). */
    public Outcome<Order> cancelOrder(Order order) {
        Optional<OrderLine> started = order.lines().stream()
                .filter(l -> !l.state().isCancellable() && l.state() != LineState.CANCELLED)
                .findFirst();
        if (started.isPresent()) {
            return Outcome.refused(Refusal.LINE_IN_PRODUCTION, "Line " + started.get().lineId() + " is "
                    + started.get().state() + ": the order can no longer be cancelled; cancel its waiting lines one by one");
        }
        return Outcome.done(cancel(order, l -> l.state().isCancellable()));
    }

    public Outcome<Order> cancelLine(Order order, LineId lineId) {
        Optional<OrderLine> line = order.line(lineId);
        if (line.isEmpty()) {
            return Outcome.refused(Refusal.NO_SUCH_LINE, "Order " + order.orderId() + " has no line " + lineId);
        }
        if (!line.get().state().isCancellable()) {
            return Outcome.refused(Refusal.LINE_IN_PRODUCTION, "The line is " + line.get().state()
                    + ": it can no longer be cancelled");
        }
        return Outcome.done(cancel(order, l -> l.lineId().equals(lineId)));
    }

    /** Lines approved meanwhile are left as they are: they are on their way to the printer. */
    private Order cancel(Order order, Predicate<OrderLine> which) {
        Order after = changing.change(order.orderId(), current -> current.withLines(
                l -> which.test(l) && l.state().isCancellable() ? l.cancelled(BY_ORDERER) : l)).orElseThrow();
        after.lines().stream().filter(l -> l.state() == LineState.CANCELLED)
                .forEach(l -> documents.forget(after.orderId(), l));
        return after;
    }
}
