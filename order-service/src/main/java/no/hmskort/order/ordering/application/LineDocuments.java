package no.hmskort.order.ordering.application;

import java.util.Optional;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;

/**
 * What ordering needs of a line's stored documents and upload links, which the uploads feature keeps: to
 * show them to the operator, and to let them go.
 */
public interface LineDocuments {

    /** A stored document. */
    record Stored(DocumentKind kind, byte[] content, String contentType) {
    }

    Optional<Stored> load(String documentId);

    /** Deletes a stored document; null or one already gone changes nothing. */
    void delete(String documentId);

    /** The line will never be a card: its documents and upload links are no longer needed. */
    void forget(OrderId orderId, OrderLine line);
}
