package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Postage per shipment by the number of cards in it, excluding VAT, in force from {@code from}: the first
 * tier whose card limit covers the count; the last tier has no limit. Production charges from the same
 * table; billing keeps its own dated copy to judge what a shipment should have cost.
 */
public record PostageTable(LocalDate from, List<Tier> tiers, Provenance provenance) {

    /** @param upToCards the most cards this tier covers; null for the last, open tier */
    public record Tier(Integer upToCards, Money postage) {

        public Tier {
            Objects.requireNonNull(postage, "a postage tier has an amount");
            if (postage.isNegative() || (upToCards != null && upToCards < 1)) {
                throw new IllegalArgumentException("a postage tier has a positive card limit and no negative amount");
            }
        }
    }

    public PostageTable {
        Objects.requireNonNull(from, "a postage table has the date it takes effect");
        if (tiers == null || tiers.isEmpty() || tiers.getLast().upToCards() != null) {
            throw new IllegalArgumentException("the postage table of " + from + " ends with an open tier (no card limit)");
        }
        List<Integer> limits = tiers.subList(0, tiers.size() - 1).stream().map(Tier::upToCards).toList();
        if (limits.contains(null) || !limits.equals(limits.stream().sorted(Comparator.naturalOrder()).distinct().toList())) {
            throw new IllegalArgumentException("postage tiers of " + from + " rise in card limits, only the last is open");
        }
        tiers = List.copyOf(tiers);
    }

    public PostageTable(LocalDate from, List<Tier> tiers) {
        this(from, tiers, null);
    }

    public Money postageFor(int cards) {
        if (cards < 1) {
            throw new IllegalArgumentException("a shipment holds at least one card");
        }
        return tiers.stream().filter(t -> t.upToCards() == null || cards <= t.upToCards()).findFirst()
                .orElseThrow().postage();
    }
}
