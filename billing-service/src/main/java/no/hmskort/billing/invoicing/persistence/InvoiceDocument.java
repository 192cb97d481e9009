package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.billing.invoicing.model.ShipmentCharges;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A {@link ShipmentInvoice} in {@code invoices}, keyed by the shipment id. Written first without a number (a
 * draft); {@link DocumentNumbering} then gives it the next number of the series, its issue date and its
 * {@code InvoiceIssued} event in one single-document write. Reads documents written before a field was kept.
 */
@Document(InvoiceDocument.COLLECTION)
public class InvoiceDocument extends VersionedDocument<ShipmentInvoice> implements DocumentNumbering.Numbered {

    public static final String COLLECTION = "invoices";

    @Id
    String shipmentId;
    /** The buyer's orgnr: the main unit (before buyers were main units, the ordering unit). */
    String customer;
    /** Null on invoices written before it was kept, whose customer was the ordering unit. */
    String orderingUnit;
    Party buyer;
    /** Null on invoices written before it was kept: the buyer's address as it was then. */
    Delivery delivery;
    LocalDate sentOn;
    List<InvoiceLine> lines;
    /** 0 on invoices written before it was kept: then every line but postage is a card. */
    int cards;
    /** Kept beside the lines so refund runs can query charged postage. */
    long postageOre;
    Instant createdAt;
    Long number;
    LocalDate issueDate;

    public InvoiceDocument() {
    }

    InvoiceDocument(ShipmentInvoice invoice) {
        keep(invoice);
    }

    @Override
    public ShipmentInvoice model() {
        OrganisationNumber buyerOrgnr = OrganisationNumber.of(customer);
        return new ShipmentInvoice(shipmentId, buyerOrgnr,
                EarlierFields.orderingUnit(orderingUnit, buyerOrgnr), buyer, EarlierFields.delivery(delivery, buyer),
                sentOn,
                cards > 0 ? cards : (int) lines.stream().filter(l -> !ShipmentCharges.isPostage(l)).count(), lines,
                createdAt, number, issueDate);
    }

    @Override
    protected void keep(ShipmentInvoice invoice) {
        shipmentId = invoice.shipmentId();
        customer = invoice.customer().value();
        orderingUnit = invoice.orderingUnit().value();
        buyer = invoice.buyer();
        delivery = invoice.delivery();
        sentOn = invoice.sentOn();
        lines = invoice.lines();
        cards = invoice.cards();
        postageOre = invoice.postage().ore();
        createdAt = invoice.createdAt();
        number = invoice.number();
        issueDate = invoice.issueDate();
    }

    @Override
    public Object id() {
        return shipmentId;
    }

    @Override
    public Long number() {
        return number;
    }
}
