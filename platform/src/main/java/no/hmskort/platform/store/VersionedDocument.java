package no.hmskort.platform.store;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Version;

/**
 * A MongoDB document that keeps one model object under optimistic locking, with the events its changes imply
 * riding in the same document ({@code outbox}) until the relay has published them. A service's persistence
 * room subclasses it once per stored model and says how the model maps to the document's fields.
 *
 * @param <M> the model the document keeps
 */
public abstract class VersionedDocument<M> {

    @Version
    protected Long version;
    protected List<OutboxMessage> outbox = new ArrayList<>();

    /** The model as stored. */
    public abstract M model();

    /** Carries a changed model into the document, with every field the collection is queried by. */
    protected abstract void keep(M changed);

    /** The document's id, as stored in {@code _id}. */
    public abstract Object id();

    final void change(M changed, List<OutboxMessage> events) {
        keep(changed);
        outbox.addAll(events);
    }

    final boolean hasPendingEvents() {
        return !outbox.isEmpty();
    }
}
