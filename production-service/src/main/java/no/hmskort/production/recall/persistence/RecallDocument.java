package no.hmskort.production.recall.persistence;

import no.hmskort.platform.store.VersionedDocument;
import no.hmskort.production.recall.model.Recall;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A recall and its progress. Versioned: a run on a replica that lost the recall's lease cannot overwrite the
 * progress of the replica that took over.
 */
@Document("recalls")
class RecallDocument extends VersionedDocument<Recall> {

    @Id
    String id;
    Recall recall;

    RecallDocument() {
    }

    RecallDocument(Recall recall) {
        keep(recall);
    }

    @Override
    public Recall model() {
        return recall;
    }

    @Override
    protected void keep(Recall changed) {
        id = changed.id().toString();
        recall = changed;
    }

    @Override
    public Object id() {
        return id;
    }
}
