package no.hmskort.order.ordering.application;

import java.util.UUID;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.uploads.DocumentChecks;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.uploads.DocumentStore;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A photo or ID copy arrives for a line, from the orderer or the holder's link: it is checked, stored, and
 * the line judged again, so a line goes on to the identity check (or, verified already, to production) the
 * moment its last document arrives. New documents reopen a rejected line. A replaced document is deleted; a
 * document whose line could not take it is not kept.
 */
@Service
public class ReceivingDocuments {

    public static final ProblemType LINE_NOT_AWAITING_DOCUMENTS = ProblemType.of("line-not-awaiting-documents",
            HttpStatus.CONFLICT, "The line is approved, in production or closed: its documents cannot change");

    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final DocumentChecks checks;
    private final DocumentStore store;

    ReceivingDocuments(ChangingOrders changing, JudgingLines judging, DocumentChecks checks, DocumentStore store) {
        this.changing = changing;
        this.judging = judging;
        this.checks = checks;
        this.store = store;
    }

    /** The line as it stands after the upload. */
    public OrderLine receive(Order order, UUID lineId, DocumentKind kind, String contentType, byte[] content) {
        OrderLine line = order.line(lineId).orElseThrow(() -> noLine(order, lineId));
        requireWaiting(line, kind);
        DocumentChecks.Checked checked = checks.check(kind, contentType, content);
        String id = store.store(kind, checked);
        String[] replaced = new String[1];
        Order after;
        try {
            after = changing.change(order.orderId(), current -> {
                OrderLine now = current.line(lineId).orElseThrow();
                requireWaiting(now, kind);
                replaced[0] = kind == DocumentKind.PHOTO ? now.photoId() : now.idCopyId();
                // only this line: an order of many lines takes many uploads at once, and each retry is short
                return judging.judgeLine(current.withLine(lineId,
                        l -> kind == DocumentKind.PHOTO ? l.withPhoto(id) : l.withIdCopy(id)), lineId);
            }).orElseThrow(() -> noLine(order, lineId));
        } catch (RuntimeException e) {
            store.delete(id);
            throw e;
        }
        store.delete(replaced[0]);
        return after.line(lineId).orElseThrow();
    }

    private static void requireWaiting(OrderLine line, DocumentKind kind) {
        if (!line.state().acceptsDocuments()) {
            throw new ApiProblem(LINE_NOT_AWAITING_DOCUMENTS, "The line is " + line.state() + ": its " + kind.label()
                    + " can no longer be uploaded");
        }
    }

    static ApiProblem noLine(Order order, UUID lineId) {
        return new ApiProblem(ProblemType.NOT_FOUND, "Order " + order.orderId() + " has no line " + lineId);
    }
}
