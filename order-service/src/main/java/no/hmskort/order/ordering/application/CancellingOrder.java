package no.hmskort.order.ordering.application;

import java.util.Optional;
import java.util.UUID;
import no.hmskort.order.ordering.model.LineState;
import no.hmskort.order.ordering.model.LineStateException;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.uploads.DocumentStore;
import no.hmskort.order.uploads.UploadLinks;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The orderer cancels an order, or one line, before production: a line that is approved is on its way to the
 * printer and cannot be cancelled. A cancelled line's documents and upload links go with it.
 */
@Service
public class CancellingOrder {

    public static final ProblemType LINE_IN_PRODUCTION = ProblemType.of("line-in-production", HttpStatus.CONFLICT,
            "The line is approved for production and can no longer be cancelled");

    static final String BY_ORDERER = "cancelled by the orderer";

    private final ChangingOrders changing;
    private final DocumentStore store;
    private final UploadLinks links;

    CancellingOrder(ChangingOrders changing, DocumentStore store, UploadLinks links) {
        this.changing = changing;
        this.store = store;
        this.links = links;
    }

    /** Cancels every line; refused as a whole if any line is approved or later (nothing is cancelled by halves). */
    public Order cancelOrder(Order order) {
        Optional<OrderLine> started = order.lines().stream()
                .filter(l -> !l.state().isCancellable() && l.state() != LineState.CANCELLED)
                .findFirst();
        if (started.isPresent()) {
            throw new ApiProblem(LINE_IN_PRODUCTION, "Line " + started.get().lineId() + " is " + started.get().state()
                    + ": the order can no longer be cancelled; cancel its waiting lines one by one");
        }
        return cancel(order, l -> l.state().isCancellable());
    }

    public Order cancelLine(Order order, UUID lineId) {
        OrderLine line = order.line(lineId).orElseThrow(() -> ReceivingDocuments.noLine(order, lineId));
        if (!line.state().isCancellable()) {
            throw new ApiProblem(LINE_IN_PRODUCTION, "The line is " + line.state() + ": it can no longer be cancelled");
        }
        return cancel(order, l -> l.lineId().equals(lineId));
    }

    private Order cancel(Order order, java.util.function.Predicate<OrderLine> which) {
        Order after;
        try {
            after = changing.change(order.orderId(), current -> current.withLines(
                    l -> which.test(l) && l.state().isCancellable() ? l.cancelled(BY_ORDERER) : l)).orElseThrow();
        } catch (LineStateException e) {
            throw new ApiProblem(LINE_IN_PRODUCTION, e.getMessage());
        }
        after.lines().stream().filter(l -> l.state() == LineState.CANCELLED)
                .forEach(l -> forget(after.orderId(), l));
        return after;
    }

    /** A cancelled line will never be a card: its documents and links are no longer needed. */
    void forget(UUID orderId, OrderLine line) {
        store.delete(line.photoId());
        store.delete(line.idCopyId());
        links.revoke(orderId, line.lineId());
    }
}
