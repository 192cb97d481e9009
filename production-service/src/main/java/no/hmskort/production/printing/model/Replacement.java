package no.hmskort.production.printing.model;

import java.util.UUID;

/**
 * What makes a card an automatic replacement (a chip-defect recall): free of charge, made without an
 * order from the employer.
 *
 * @param recallId the recall that made it
 * @param reason in plain words, carried to the old card's {@code CardReplaced}
 * @param oldCardReplaced true once the old card has been announced as replaced (blocked)
 */
public record Replacement(UUID recallId, String reason, boolean oldCardReplaced) {

    public Replacement oldCardAnnounced() {
        return new Replacement(recallId, reason, true);
    }
}
