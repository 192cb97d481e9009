package no.hmskort.production.printing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What production keeps about one card: the card, the printer reports already applied to it (so a
 * redelivered failure report does not use up a retry) and the chips of stray second prints.
 *
 * @param appliedReports the latest reports applied; the store keeps only the most recent of them
 */
public record CardRecord(ProductionCard card, List<StrayChip> strayChips, List<UUID> appliedReports) {

    public CardRecord {
        strayChips = List.copyOf(strayChips);
        appliedReports = List.copyOf(appliedReports);
    }

    public static CardRecord of(ProductionCard card) {
        return new CardRecord(card, List.of(), List.of());
    }

    public boolean applied(UUID report) {
        return appliedReports.contains(report);
    }

    public CardRecord with(ProductionCard changed) {
        return new CardRecord(changed, strayChips, appliedReports);
    }

    public CardRecord remembering(UUID report) {
        if (applied(report)) {
            return this;
        }
        List<UUID> more = new ArrayList<>(appliedReports);
        more.add(report);
        return new CardRecord(card, strayChips, more);
    }

    /** Records a second chip reported for this printed card; its own chip, or a stray one known, changes nothing. */
    public CardRecord withStrayChip(StrayChip chip) {
        if (chip.chipUid().equals(card.chipUid()) || strayChips.stream().anyMatch(c -> c.chipUid().equals(chip.chipUid()))) {
            return this;
        }
        List<StrayChip> more = new ArrayList<>(strayChips);
        more.add(chip);
        return new CardRecord(card, more, appliedReports);
    }
}
