package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
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
    String customer;
    Party buyer;
    LocalDate sentOn;
    List<InvoiceLine> lines;
    long postageOre;
    Instant createdAt;
    Long number;
    LocalDate issueDate;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static InvoiceDocument draft(String shipmentId, OrganisationNumber customer, Party buyer, LocalDate sentOn,
            List<InvoiceLine> lines, Instant now) {
        InvoiceDocument document = new InvoiceDocument();
        document.shipmentId = shipmentId;
        document.customer = customer.value();
        document.buyer = buyer;
        document.sentOn = sentOn;
        document.lines = List.copyOf(lines);
        document.postageOre = lines.stream().filter(l -> l.reference().startsWith(ShipmentCharges.POSTAGE + ":"))
                .mapToLong(l -> l.net().ore()).sum();
        document.createdAt = now;
        return document;
    }

    /** The invoice as issued; only for a numbered document. */
    public Invoice invoice() {
        return new Invoice(String.valueOf(number), OrganisationNumber.of(customer), issueDate, lines);
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

    public LocalDate sentOn() {
        return sentOn;
    }

    public Money postage() {
        return new Money(postageOre);
    }

    /** The buyer as EHF names it: legal name and postal address (the delivery address when nothing better is known). */
    public record Party(String name, String street, String postalCode, String city) {
    }
}
