package no.hmskort.delegation.enhetsregisteret.persistence;

import no.hmskort.delegation.enhetsregisteret.model.FeedCursor;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far the adapter has read one feed, with the events of the updates read: the cursor advances and
 * the events are stored in the same single-document write, so an update is never skipped nor lost.
 */
@Document("enhetsregisteret_feed")
public class FeedCursorDocument extends VersionedDocument<FeedCursor> {

    @Id
    String kind;
    long nextUpdateId;

    FeedCursorDocument() {
    }

    FeedCursorDocument(FeedCursor cursor) {
        keep(cursor);
    }

    @Override
    public FeedCursor model() {
        return new FeedCursor(UpdateKind.valueOf(kind), nextUpdateId);
    }

    @Override
    protected void keep(FeedCursor changed) {
        kind = changed.kind().name();
        nextUpdateId = changed.nextUpdateId();
    }

    @Override
    public Object id() {
        return kind;
    }
}
