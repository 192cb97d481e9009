package no.hmskort.billing.invoicing.model;

import java.time.Instant;

/**
 * A price on the price list with where its figures come from and who added it.
 *
 * @param provenance null for a price stored before provenance was kept
 */
public record ListedPrice(PriceList.Price price, Provenance provenance, String addedBy, Instant addedAt) {

    /**
     * The price told the provenance its configuration now states, when it was stored before provenance was
     * kept and is still the configured price; anything else stays as it is.
     */
    public ListedPrice annotated(PriceList.Price configured, Provenance configuredProvenance) {
        return provenance == null && price.equals(configured)
                ? new ListedPrice(price, configuredProvenance, addedBy, addedAt) : this;
    }
}
