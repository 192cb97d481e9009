package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.model.ShipmentCharges;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An invoice for one shipment, keyed by the shipment id so a redelivered shipment finds it. Written first
 * without a number (a draft); {@link DocumentNumbering} then gives it the next number of the series, its
 * issue date and its {@code InvoiceIssued} event in one single-document write.
 */
@Document(InvoiceDocument.COLLECTION)
public class InvoiceDocument implements DocumentNumbering.Numbered {

    public static final String COLLECTION = "invoices";

    @Id
    String shipmentId;
    /** The buyer's orgnr: the main unit (before buyers were main units, the ordering unit). */
    String customer;
    /** Null on invoices written before it was kept, whose customer was the ordering unit. */
    String orderingUnit;
    Party buyer;
    Delivery delivery;
    LocalDate sentOn;
    List<InvoiceLine> lines;
    /** Cards in the shipment, which decide its postage tier; 0 on invoices written before it was kept. */
    int cards;
    long postageOre;
    Instant createdAt;
    Long number;
    LocalDate issueDate;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static InvoiceDocument draft(String shipmentId, OrganisationNumber customer, OrganisationNumber orderingUnit,
            Party buyer, Delivery delivery, LocalDate sentOn, int cards, List<InvoiceLine> lines, Instant now) {
        InvoiceDocument document = new InvoiceDocument();
        document.shipmentId = shipmentId;
        document.customer = customer.value();
        document.orderingUnit = orderingUnit.value();
        document.buyer = buyer;
        document.delivery = delivery;
        document.sentOn = sentOn;
        document.cards = cards;
        document.lines = List.copyOf(lines);
        document.postageOre = lines.stream().filter(InvoiceDocument::isPostage).mapToLong(l -> l.net().ore()).sum();
        document.createdAt = now;
        return document;
    }

    /** The invoice as issued; only for a numbered document. */
    public Invoice invoice() {
        return new Invoice(String.valueOf(number), customer(), orderingUnit(), issueDate, lines);
    }

    public boolean issued() {
        return number != null;
    }

    @Override
    public Long number() {
        return number;
    }

    public OrganisationNumber customer() {
        return OrganisationNumber.of(customer);
    }

    public OrganisationNumber orderingUnit() {
        return orderingUnit == null ? customer() : OrganisationNumber.of(orderingUnit);
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String shipmentId() {
        return shipmentId;
    }

    public Party buyer() {
        return buyer;
    }

    /** Where the cards went; for an invoice written before it was kept, the buyer's address as it was then. */
    public Delivery delivery() {
        return delivery != null ? delivery : new Delivery(buyer.name(), buyer.address());
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public int cards() {
        return cards > 0 ? cards : (int) lines.stream().filter(l -> !isPostage(l)).count();
    }

    public Money postage() {
        return new Money(postageOre);
    }

    private static boolean isPostage(InvoiceLine line) {
        return line.reference().startsWith(ShipmentCharges.POSTAGE + ":");
    }

    /** The buyer as EHF names it: registered name and business address. */
    public record Party(String name, PostalAddress address) {

        public Party {
            address = address == null ? new PostalAddress(List.of(), null, null, null) : address;
        }
    }

    /** The recipient and address the order chose. */
    public record Delivery(String recipient, PostalAddress address) {
    }
}
