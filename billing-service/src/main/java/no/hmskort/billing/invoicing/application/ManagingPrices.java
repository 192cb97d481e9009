package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.billing.invoicing.persistence.Prices;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** The price list: seeded from configuration, extended by operators with future prices only. */
@Service
public class ManagingPrices {

    public enum Outcome { ADDED, NOT_IN_THE_FUTURE, DATE_TAKEN }

    /** A configured price and where its figures come from. */
    public record ConfiguredPrice(PriceList.Price price, Provenance provenance) {
    }

    private final Prices prices;
    private final Clock clock;

    ManagingPrices(Prices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    /**
     * Writes the configured prices that are not in the store yet; a stored price is never overwritten, only
     * told its provenance if it was stored before provenance was kept.
     */
    public void seed(List<ConfiguredPrice> configured) {
        configured.forEach(c -> {
            if (!prices.add(c.price(), c.provenance(), "configuration", clock.instant())) {
                prices.annotate(c.price(), c.provenance());
            }
        });
    }

    public Outcome add(PriceList.Price price, String operator) {
        if (!PriceList.mayStart(price.from(), today())) {
            return Outcome.NOT_IN_THE_FUTURE;
        }
        return prices.add(price, Provenance.addedBy(operator), operator, clock.instant()) ? Outcome.ADDED
                : Outcome.DATE_TAKEN;
    }

    public PriceList priceList() {
        return prices.priceList();
    }

    /** Every price, oldest first, with where it comes from. */
    public List<Prices.Listed> listed() {
        return prices.listed();
    }

    public PriceList.Price current() {
        return prices.priceList().priceOn(today());
    }

    public LocalDate today() {
        return Norway.today(clock);
    }
}
