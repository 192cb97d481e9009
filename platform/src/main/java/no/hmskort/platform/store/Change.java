package no.hmskort.platform.store;

import java.util.List;
import java.util.Objects;
import no.hmskort.platform.messaging.OutboxMessage;

/**
 * What a use case decided about one stored model: nothing to write, or the changed model with the events the
 * change implies; and in either case the result the use case returns. Decisions are pure: the store may ask
 * again on a fresh copy when another writer came first.
 *
 * @param changed the model to save; null when nothing changes
 * @param events the events to publish with the change, in the same write
 * @param result what the use case answers
 */
public record Change<M, R>(M changed, List<OutboxMessage> events, R result) {

    public Change {
        events = List.copyOf(events);
        if (changed == null && !events.isEmpty()) {
            throw new IllegalArgumentException("events without a change to carry them");
        }
    }

    /** Nothing to write; the use case answers {@code result}. */
    public static <M, R> Change<M, R> none(R result) {
        return new Change<>(null, List.of(), result);
    }

    /** Save {@code changed} with {@code events}; answer {@code result}. */
    public static <M, R> Change<M, R> to(M changed, List<OutboxMessage> events, R result) {
        return new Change<>(Objects.requireNonNull(changed, "changed"), events, result);
    }

    /** Save {@code changed} with {@code events}; answer the changed model. */
    public static <M> Change<M, M> to(M changed, List<OutboxMessage> events) {
        return to(changed, events, changed);
    }

    /** Save {@code changed} (when it differs from {@code before}) with no events; answer the model as it then is. */
    public static <M> Change<M, M> toOrSame(M before, M changed) {
        return changed.equals(before) ? none(before) : to(changed, List.of(), changed);
    }

    boolean writes() {
        return changed != null;
    }
}
