package no.hmskort.order.uploads.application;

import java.util.Optional;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.uploads.model.UploadLink;

/** The holders' upload links as kept, by the hash of their token. */
public interface UploadLinks {

    void insert(UploadLink link);

    /** Revokes every link of the line; returns how many were in force. */
    long revoke(OrderId orderId, LineId lineId);

    Optional<UploadLink> find(String tokenHash);

    /** Notes that a document of the kind came through the link. */
    void uploaded(String tokenHash, DocumentKind kind);
}
