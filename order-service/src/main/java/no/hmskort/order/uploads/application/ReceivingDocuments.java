package no.hmskort.order.uploads.application;

import java.util.Optional;
import no.hmskort.order.ordering.application.ChangingOrders;
import no.hmskort.order.ordering.application.JudgingLines;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.order.uploads.model.DocumentChecks;
import no.hmskort.order.uploads.model.DocumentChecks.Checked;
import no.hmskort.platform.store.Change;
import org.springframework.stereotype.Service;

/**
 * A photo or ID copy arrives for a line, from the orderer or the holder's link: it is checked, stored, and
 * the line judged again, so a line goes on to the identity check (or, verified already, to production) the
 * moment its last document arrives. New documents reopen a rejected line. A replaced document is deleted; a
 * document whose line could not take it is not kept.
 */
@Service
public class ReceivingDocuments {

    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final DocumentChecks checks;
    private final Documents documents;

    ReceivingDocuments(ChangingOrders changing, JudgingLines judging, DocumentChecks checks, Documents documents) {
        this.changing = changing;
        this.judging = judging;
        this.checks = checks;
        this.documents = documents;
    }

    /** The line as it stands after the upload. */
    public Outcome<OrderLine> receive(Order order, LineId lineId, DocumentKind kind, String contentType, byte[] content) {
        Optional<OrderLine> line = order.line(lineId);
        if (line.isEmpty()) {
            return noLine(order, lineId);
        }
        Optional<Outcome.Refused<OrderLine>> closed = closed(line.get(), kind);
        if (closed.isPresent()) {
            return closed.get();
        }
        String id;
        switch (checks.check(kind, contentType, content)) {
            case Outcome.Refused<Checked> refused -> {
                return refused.as();
            }
            case Outcome.Done<Checked>(Checked document) -> id = documents.store(kind, document);
        }
        Outcome<Received> outcome;
        try {
            outcome = changing.decide(order.orderId(), current -> receive(current, lineId, kind, id))
                    .orElseGet(() -> noLine(order, lineId));
        } catch (RuntimeException e) {
            documents.delete(id);
            throw e;
        }
        if (outcome instanceof Outcome.Done<Received>(Received received)) {
            documents.delete(received.replaced());
        } else {
            documents.delete(id);
        }
        return outcome.map(Received::line);
    }

    /** The line after the upload, and the document it replaced (null when none). */
    private record Received(OrderLine line, String replaced) {
    }

    private Change<Order, Outcome<Received>> receive(Order current, LineId lineId, DocumentKind kind, String id) {
        OrderLine now = current.line(lineId).orElseThrow();
        Optional<Outcome.Refused<Received>> closed = closed(now, kind);
        if (closed.isPresent()) {
            return Change.none(closed.get());
        }
        String replaced = kind == DocumentKind.PHOTO ? now.photoId() : now.idCopyId();
        // only this line: an order of many lines takes many uploads at once, and each retry is short
        Order after = judging.judgeLine(current.withLine(lineId,
                l -> kind == DocumentKind.PHOTO ? l.withPhoto(id) : l.withIdCopy(id)), lineId);
        return changing.changed(current, after, Outcome.done(new Received(after.line(lineId).orElseThrow(), replaced)));
    }

    private static <T> Optional<Outcome.Refused<T>> closed(OrderLine line, DocumentKind kind) {
        return line.state().acceptsDocuments() ? Optional.empty()
                : Optional.of(new Outcome.Refused<>(Refusal.LINE_NOT_AWAITING_DOCUMENTS, "The line is " + line.state()
                        + ": its " + kind.label() + " can no longer be uploaded"));
    }

    private static <T> Outcome<T> noLine(Order order, LineId lineId) {
        return Outcome.refused(Refusal.NO_SUCH_LINE, "Order " + order.orderId() + " has no line " + lineId);
    }
}
