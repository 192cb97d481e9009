package no.hmskort.billing.invoicing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * The invoice for one shipment, known by the shipment so a redelivered shipment finds it. A draft while its
 * number is null; numbering gives it the next number of the invoice series and its issue date.
 *
 * @param customer the buyer's orgnr: the main unit of the ordering unit
 * @param orderingUnit the unit that ordered; the customer itself when a main unit ordered
 * @param cards cards in the shipment, which decide its postage tier
 */
public record ShipmentInvoice(String shipmentId, OrganisationNumber customer, OrganisationNumber orderingUnit,
        Party buyer, Delivery delivery, LocalDate sentOn, int cards, List<InvoiceLine> lines, Instant createdAt,
        Long number, LocalDate issueDate) {

    public ShipmentInvoice {
        lines = List.copyOf(lines);
    }

    public static ShipmentInvoice draft(String shipmentId, OrganisationNumber customer, OrganisationNumber orderingUnit,
            Party buyer, Delivery delivery, LocalDate sentOn, int cards, List<InvoiceLine> lines, Instant now) {
        return new ShipmentInvoice(shipmentId, customer, orderingUnit, buyer, delivery, sentOn, cards, lines, now,
                null, null);
    }

    public boolean issued() {
        return number != null;
    }

    /** The invoice as issued; only for a numbered one. */
    public Invoice invoice() {
        if (!issued()) {
            throw new IllegalStateException("invoice for shipment " + shipmentId + " is a draft");
        }
        return issuedAs(number, issueDate);
    }

    /** The invoice this draft becomes with {@code number} on {@code issueDate}. */
    public Invoice issuedAs(long number, LocalDate issueDate) {
        return new Invoice(String.valueOf(number), customer, orderingUnit, issueDate, lines);
    }

    /** The postage charged: what its postage line says. */
    public Money postage() {
        return lines.stream().filter(ShipmentCharges::isPostage).map(InvoiceLine::net).reduce(Money.ZERO, Money::plus);
    }
}
