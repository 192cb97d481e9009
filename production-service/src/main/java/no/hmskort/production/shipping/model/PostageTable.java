package no.hmskort.production.shipping.model;

import java.util.Comparator;
import java.util.List;

/**
 * Postage per shipment by the number of cards in it, in øre excluding VAT: the first tier whose
 * {@code upToCards} covers the count; the last tier has no limit.
 */
public record PostageTable(List<Tier> tiers) {

    /** @param upToCards the most cards this tier covers; null for the last, open tier */
    public record Tier(Integer upToCards, long ore) {

        public Tier {
            if (ore < 0 || (upToCards != null && upToCards < 1)) {
                throw new IllegalArgumentException("a postage tier has a positive card limit and no negative amount");
            }
        }
    }

    public PostageTable {
        if (tiers == null || tiers.isEmpty() || tiers.getLast().upToCards() != null) {
            throw new IllegalArgumentException("the postage table ends with an open tier (no card limit)");
        }
        List<Integer> limits = tiers.subList(0, tiers.size() - 1).stream().map(Tier::upToCards).toList();
        if (limits.contains(null) || !limits.equals(limits.stream().sorted(Comparator.naturalOrder()).distinct().toList())) {
            throw new IllegalArgumentException("postage tiers rise in card limits, only the last is open");
        }
        tiers = List.copyOf(tiers);
    }

    public long postageFor(int cards) {
        if (cards < 1) {
            throw new IllegalArgumentException("a shipment holds at least one card");
        }
        return tiers.stream().filter(t -> t.upToCards() == null || cards <= t.upToCards()).findFirst()
                .orElseThrow().ore();
    }
}
