package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.persistence.Prices;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** The price list: seeded from configuration, extended by operators with future prices only. */
@Service
public class ManagingPrices {


    public enum Outcome { ADDED, NOT_IN_THE_FUTURE, DATE_TAKEN }

    private final Prices prices;
    private final Clock clock;

    ManagingPrices(Prices prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    /** Writes the configured prices that are not in the store yet; a stored price is never overwritten. */
    public void seed(List<PriceList.Price> configured) {
        configured.forEach(price -> prices.add(price, "configuration", clock.instant()));
    }

    public Outcome add(PriceList.Price price, String operator) {
        if (!PriceList.mayStart(price.from(), today())) {
            return Outcome.NOT_IN_THE_FUTURE;
        }
        return prices.add(price, operator, clock.instant()) ? Outcome.ADDED : Outcome.DATE_TAKEN;
    }

    public PriceList priceList() {
        return prices.priceList();
    }

    public PriceList.Price current() {
        return prices.priceList().priceOn(today());
    }

    public LocalDate today() {
        return Norway.today(clock);
    }
}
