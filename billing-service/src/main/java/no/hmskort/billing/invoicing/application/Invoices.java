package no.hmskort.billing.invoicing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;

/** The invoices of shipments: drafts written once by their shipment, issued ones read. */
public interface Invoices {

    /** Stores the draft unless one for its shipment exists (a redelivery, or a concurrent twin); true if stored. */
    boolean insertDraft(ShipmentInvoice draft);

    Optional<ShipmentInvoice> forShipment(String shipmentId);

    /** The issued invoice with this number. */
    Optional<ShipmentInvoice> numbered(long number);

    /** Issued invoices the audience sees ({@link Audience#sees}), by number. */
    List<ShipmentInvoice> seenBy(Audience audience);

    /** Issued invoices of shipments sent in the period whose postage was charged, by number. */
    List<ShipmentInvoice> withPostageCharged(LocalDate from, LocalDate to);

    List<ShipmentInvoice> all();
}
