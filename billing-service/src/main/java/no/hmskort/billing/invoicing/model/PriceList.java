package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The price per card, excluding VAT, with the dates each price took effect. The price that applies is
 * the one in force on the day the card was ordered.
 */
public record PriceList(List<Price> prices) {

    public PriceList {
        prices = prices.stream().sorted(Comparator.comparing(Price::from)).toList();
    }

    public Money cardPriceOn(LocalDate day) {
        return priceOn(day).net();
    }

    public Price priceOn(LocalDate day) {
        Price price = null;
        for (Price candidate : prices) {
            if (!candidate.from().isAfter(day)) {
                price = candidate;
            }
        }
        if (price == null) {
            throw new IllegalStateException("no card price in force on " + day);
        }
        return price;
    }

    /**
     * Whether an operator may add a price from {@code from}: only from tomorrow on, so nothing already
     * ordered changes its price.
     */
    public static boolean mayStart(LocalDate from, LocalDate today) {
        return from.isAfter(today);
    }

    public record Price(LocalDate from, Money net) {
    }
}
