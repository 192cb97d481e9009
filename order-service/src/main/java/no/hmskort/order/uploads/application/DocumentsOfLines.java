package no.hmskort.order.uploads.application;

import java.util.Optional;
import no.hmskort.order.ordering.application.LineDocuments;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import org.springframework.stereotype.Component;

/** A line's documents and upload links, as ordering asks for them. */
@Component
class DocumentsOfLines implements LineDocuments {

    private final Documents documents;
    private final UploadLinks links;

    DocumentsOfLines(Documents documents, UploadLinks links) {
        this.documents = documents;
        this.links = links;
    }

    @Override
    public Optional<Stored> load(String documentId) {
        return documents.load(documentId);
    }

    @Override
    public void delete(String documentId) {
        documents.delete(documentId);
    }

    @Override
    public void forget(OrderId orderId, OrderLine line) {
        documents.delete(line.photoId());
        documents.delete(line.idCopyId());
        links.revoke(orderId, line.lineId());
    }
}
