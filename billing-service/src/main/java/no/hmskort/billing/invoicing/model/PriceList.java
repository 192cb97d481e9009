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
        Money price = null;
        for (Price candidate : prices) {
            if (!candidate.from().isAfter(day)) {
                price = candidate.net();
            }
        }
        if (price == null) {
            throw new IllegalStateException("no card price in force on " + day);
        }
        return price;
    }

    public record Price(LocalDate from, Money net) {
    }
}
