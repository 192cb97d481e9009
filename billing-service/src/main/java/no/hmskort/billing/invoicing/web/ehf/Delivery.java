package no.hmskort.billing.invoicing.web.ehf;

import java.time.LocalDate;
import no.hmskort.billing.invoicing.model.PostalAddress;

/**
 * Where and when the cards were supplied (bokføringsforskriften § 5-1-1 wants both on a sales document): the
 * recipient and address the order chose, and the day the shipment was sent.
 */
public record Delivery(String recipient, PostalAddress address, LocalDate sentOn) {

    public static Delivery of(no.hmskort.billing.invoicing.model.Delivery delivery, LocalDate sentOn) {
        return new Delivery(delivery.recipient(), delivery.address(), sentOn);
    }
}
