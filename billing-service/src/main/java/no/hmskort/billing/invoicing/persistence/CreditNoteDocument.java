package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A credit note against an issued invoice. Keyed by what it credits: {@code postage:<invoice>:<k>} is the
 * k-th postage credit of that invoice, so two runs working from the same state collide on the key instead
 * of crediting twice. Numbered like invoices, in its own gap-free series.
 */
@Document(CreditNoteDocument.COLLECTION)
public class CreditNoteDocument implements DocumentNumbering.Numbered {

    public static final String COLLECTION = "credit_notes";

    @Id
    String key;
    String customer;
    String orderingUnit;
    InvoiceDocument.Party buyer;
    InvoiceDocument.Delivery delivery;
    LocalDate sentOn;
    long creditedInvoiceNumber;
    LocalDate creditedInvoiceIssueDate;
    String reason;
    List<InvoiceLine> lines;
    long postageCreditOre;
    String refundRunId;
    Instant createdAt;
    Long number;
    LocalDate issueDate;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static CreditNoteDocument postageCredit(InvoiceDocument invoice, int sequence, InvoiceLine line,
            String reason, String runId, Instant now) {
        CreditNoteDocument document = new CreditNoteDocument();
        document.key = "postage:" + invoice.number + ":" + sequence;
        document.customer = invoice.customer;
        document.orderingUnit = invoice.orderingUnit().value();
        document.buyer = invoice.buyer;
        document.delivery = invoice.delivery();
        document.sentOn = invoice.sentOn;
        document.creditedInvoiceNumber = invoice.number;
        document.creditedInvoiceIssueDate = invoice.issueDate;
        document.reason = reason;
        document.lines = List.of(line);
        document.postageCreditOre = line.net().ore();
        document.refundRunId = runId;
        document.createdAt = now;
        return document;
    }

    public CreditNote creditNote() {
        return new CreditNote(String.valueOf(number), customer(), orderingUnit(), issueDate,
                String.valueOf(creditedInvoiceNumber), reason, lines);
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

    public InvoiceDocument.Delivery delivery() {
        return delivery != null ? delivery : new InvoiceDocument.Delivery(buyer.name(), buyer.address());
    }

    /** The day the credited shipment was sent; null on credit notes written before it was kept. */
    public LocalDate sentOn() {
        return sentOn;
    }

    public long creditedInvoiceNumber() {
        return creditedInvoiceNumber;
    }

    public String reason() {
        return reason;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public LocalDate issueDate() {
        return issueDate;
    }

    public String key() {
        return key;
    }

    public InvoiceDocument.Party buyer() {
        return buyer;
    }

    public LocalDate creditedInvoiceIssueDate() {
        return creditedInvoiceIssueDate;
    }

    public Money postageCredit() {
        return new Money(postageCreditOre);
    }

    public String refundRunId() {
        return refundRunId;
    }
}
