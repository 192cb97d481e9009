package no.hmskort.order.uploads.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.uploads.application.UploadLinks;
import no.hmskort.order.uploads.model.UploadLink;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The links in {@code upload_links}, keyed by the hash of their token, never the token. */
@Component
class MongoUploadLinks implements UploadLinks {

    private final MongoTemplate mongo;

    MongoUploadLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A link as stored; the fields are the link's, so documents written before read the same. */
    @Document("upload_links")
    record LinkDocument(@Id String tokenHash, UUID orderId, UUID lineId, OrganisationNumber orderingUnit,
            Instant createdAt, Instant expiresAt, boolean revoked, boolean photoUploaded, boolean idCopyUploaded) {

        static LinkDocument of(UploadLink l) {
            return new LinkDocument(l.tokenHash(), l.orderId().value(), l.lineId().value(), l.orderingUnit(),
                    l.createdAt(), l.expiresAt(), l.revoked(), l.photoUploaded(), l.idCopyUploaded());
        }

        UploadLink link() {
            return new UploadLink(tokenHash, new OrderId(orderId), new LineId(lineId), orderingUnit, createdAt,
                    expiresAt, revoked, photoUploaded, idCopyUploaded);
        }
    }

    @Override
    public void insert(UploadLink link) {
        mongo.insert(LinkDocument.of(link));
    }

    @Override
    public long revoke(OrderId orderId, LineId lineId) {
        Query inForce = new Query(Criteria.where("orderId").is(orderId.value()).and("lineId").is(lineId.value())
                .and("revoked").is(false));
        return mongo.updateMulti(inForce, new Update().set("revoked", true), LinkDocument.class).getModifiedCount();
    }

    @Override
    public Optional<UploadLink> find(String tokenHash) {
        return Optional.ofNullable(mongo.findById(tokenHash, LinkDocument.class)).map(LinkDocument::link);
    }

    @Override
    public void uploaded(String tokenHash, DocumentKind kind) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(tokenHash)),
                new Update().set(kind == DocumentKind.PHOTO ? "photoUploaded" : "idCopyUploaded", true),
                LinkDocument.class);
    }
}
