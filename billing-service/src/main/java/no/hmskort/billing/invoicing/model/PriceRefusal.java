package no.hmskort.billing.invoicing.model;

/** Why an operator's new price is refused: each a rule of the price list the operator can act on. */
public enum PriceRefusal {
    /**
     * A price takes effect after today at the earliest, so no order already placed changes price
     * ({@link PriceList#mayStart}).
     */
    NOT_IN_THE_FUTURE,
    /** One price per date: a price already takes effect on that date. */
    DATE_TAKEN
}
