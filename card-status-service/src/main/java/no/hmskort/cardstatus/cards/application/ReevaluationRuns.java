package no.hmskort.cardstatus.cards.application;

import java.util.Optional;

/**
 * Where the re-evaluation keeps its progress: one record, versioned, so a replica that lost the lease cannot
 * overwrite the progress of the one that took it over.
 */
public interface ReevaluationRuns {

    Optional<Reevaluation.Progress> current();

    /**
     * Saves the progress with the version check; throws when another replica saved since.
     *
     * @return the progress as saved, with its new version
     */
    Reevaluation.Progress save(Reevaluation.Progress progress);

    /** Forgets the progress, so the next run starts over. */
    void discard();
}
