package no.hmskort.production.printing.model;

import java.time.Instant;
import no.hmskort.contracts.ids.ChipUid;

/** A chip reported for a card that already had one: the partner printed it twice, and this copy must go. */
public record StrayChip(ChipUid chipUid, String chipBatch, Instant reportedAt) {
}
