package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.PriceRefusal;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** The price list: seeded from configuration, extended by operators with future prices only. */
@Service
public class ManagingPrices {

    /** The answer to an operator adding a price: added, or refused by a named rule. */
    public sealed interface Outcome {
    }

    public record Added(PriceList.Price price) implements Outcome {
    }

    /** @param today the day the rule was judged on, for the operator to see */
    public record Refused(PriceRefusal refusal, LocalDate today) implements Outcome {
    }

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
            if (!prices.add(new ListedPrice(c.price(), c.provenance(), "configuration", clock.instant()))) {
                prices.change(c.price().from(),
                        held -> Change.toOrSame(held, held.annotated(c.price(), c.provenance())));
            }
        });
    }

    public Outcome add(PriceList.Price price, String operator) {
        LocalDate today = today();
        if (!PriceList.mayStart(price.from(), today)) {
            return new Refused(PriceRefusal.NOT_IN_THE_FUTURE, today);
        }
        return prices.add(new ListedPrice(price, Provenance.addedBy(operator), operator, clock.instant()))
                ? new Added(price)
                : new Refused(PriceRefusal.DATE_TAKEN, today);
    }

    /** Every price, oldest first, with where it comes from. */
    public List<ListedPrice> listed() {
        return prices.listed();
    }

    public PriceList.Price current() {
        return prices.priceList().priceOn(today());
    }

    private LocalDate today() {
        return Norway.today(clock);
    }
}
