package no.hmskort.billing.invoicing.model;

/**
 * Where a figure of a dated table comes from, and which of its parts are our own assumption rather than a
 * published fact, so an operator reading a price or a postage table knows what to verify.
 *
 * @param source in plain words, e.g. "public: the price at launch, January 2020"
 * @param dateAssumed the date it took effect is our assumption
 * @param amountAssumed the amount (or, for a postage table, its amounts) is our assumption
 */
public record Provenance(String source, boolean dateAssumed, boolean amountAssumed) {

    public static Provenance addedBy(String operator) {
        return new Provenance("added by operator " + operator, false, false);
    }
}
