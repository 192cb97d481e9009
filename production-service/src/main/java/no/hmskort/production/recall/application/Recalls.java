package no.hmskort.production.recall.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.platform.store.Change;
import no.hmskort.production.recall.model.Recall;

/** Recalls and their progress, one each, changed as the run decides. */
public interface Recalls {

    /** Stores a new recall. */
    void insert(Recall recall);

    Optional<Recall> find(UUID id);

    List<Recall> unfinished();

    /** Changes the recall as {@code decide} says, deciding again on the recall as it is if another wrote first. */
    <R> Optional<R> change(UUID id, Function<Recall, Change<Recall, R>> decide);
}
