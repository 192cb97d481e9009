package no.hmskort.delegation.enhetsregisteret.application;

import java.util.Optional;
import java.util.function.Function;
import no.hmskort.delegation.enhetsregisteret.model.FeedCursor;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import no.hmskort.platform.store.Change;

/** The stored cursors, one per feed; a cursor's change carries the events of the updates read in the same write. */
public interface FeedCursors {

    Optional<FeedCursor> find(UpdateKind kind);

    /** Changes the stored cursor of {@code fresh}'s kind, or {@code fresh} when none is stored yet. */
    <R> R change(FeedCursor fresh, Function<FeedCursor, Change<FeedCursor, R>> decide);
}
