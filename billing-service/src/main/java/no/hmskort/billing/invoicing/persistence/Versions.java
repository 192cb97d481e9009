package no.hmskort.billing.invoicing.persistence;

import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** For collections whose documents were written before they were versioned. */
final class Versions {

    private Versions() {
    }

    /**
     * Gives every document without a version the first one: the store takes a missing version for a document
     * not yet stored, and would try to insert it again instead of changing it.
     */
    static void keepUnversioned(MongoTemplate mongo, Class<? extends VersionedDocument<?>> type) {
        mongo.updateMulti(new Query(Criteria.where("version").exists(false)), new Update().set("version", 0L), type);
    }
}
