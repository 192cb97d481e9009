package no.hmskort.billing.invoicing.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in NOK, held exactly in øre: every amount of the model (prices, postage, credits, totals) is one, so
 * øre become a plain number only at the edges (stored documents, views, events, configuration).
 */
public record Money(long ore) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money nok(String amount) {
        return new Money(new BigDecimal(amount).movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(ore, other.ore));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(ore, other.ore));
    }

    /** {@code percent} of this amount, rounded to the øre, half up (half away from zero). */
    public Money percent(int percent) {
        return new Money(BigDecimal.valueOf(ore).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isNegative() {
        return ore < 0;
    }

    /** Kroner with two decimals, as documents write amounts: {@code 132.90}. */
    public String decimal() {
        return BigDecimal.valueOf(ore).movePointLeft(2).setScale(2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(ore, other.ore);
    }

    @Override
    public String toString() {
        return decimal() + " NOK";
    }
}
