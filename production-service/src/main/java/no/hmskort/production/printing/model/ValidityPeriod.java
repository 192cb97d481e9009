package no.hmskort.production.printing.model;

import java.time.LocalDate;
import java.time.Period;

/**
 * A card is issued for two years (building-site regulation § 8, cleaning regulation § 11); within them it
 * is valid only while the register duties are met.
 */
public final class ValidityPeriod {

    public static final Period LENGTH = Period.ofYears(2);

    private ValidityPeriod() {
    }

    public static LocalDate expiryFor(LocalDate issuedOn) {
        return issuedOn.plus(LENGTH);
    }
}
