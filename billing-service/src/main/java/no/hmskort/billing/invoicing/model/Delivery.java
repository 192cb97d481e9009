package no.hmskort.billing.invoicing.model;

/** Where the cards went: the recipient and address the order chose. */
public record Delivery(String recipient, PostalAddress address) {
}
