package no.hmskort.billing.invoicing.model;

import java.util.List;

/** The buyer as documents name it: registered name and business address (empty when never given). */
public record Party(String name, PostalAddress address) {

    public Party {
        address = address == null ? new PostalAddress(List.of(), null, null, null) : address;
    }
}
