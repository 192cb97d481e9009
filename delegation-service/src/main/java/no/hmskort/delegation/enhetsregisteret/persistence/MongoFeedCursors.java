package no.hmskort.delegation.enhetsregisteret.persistence;

import java.util.Optional;
import java.util.function.Function;
import no.hmskort.delegation.enhetsregisteret.application.FeedCursors;
import no.hmskort.delegation.enhetsregisteret.model.FeedCursor;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The feed cursors in MongoDB ({@code enhetsregisteret_feed}, one document per kind), through the versioned store. */
public class MongoFeedCursors implements FeedCursors {

    private final VersionedStore<FeedCursor, FeedCursorDocument> store;

    public MongoFeedCursors(MongoTemplate mongo, OutboxRelay relay) {
        this.store = new VersionedStore<>(mongo, relay, FeedCursorDocument.class, FeedCursorDocument::new);
    }

    @Override
    public Optional<FeedCursor> find(UpdateKind kind) {
        return store.find(kind.name());
    }

    @Override
    public <R> R change(FeedCursor fresh, Function<FeedCursor, Change<FeedCursor, R>> decide) {
        return store.changeOrCreate(fresh.kind().name(), () -> fresh, decide);
    }
}
