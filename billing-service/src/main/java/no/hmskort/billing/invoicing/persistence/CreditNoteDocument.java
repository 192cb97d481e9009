package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An {@link InvoiceCredit} in {@code credit_notes}, keyed by what it credits. Numbered like invoices, in its
 * own gap-free series. Reads documents written before a field was kept.
 */
@Document(CreditNoteDocument.COLLECTION)
public class CreditNoteDocument extends VersionedDocument<InvoiceCredit> implements DocumentNumbering.Numbered {

    public static final String COLLECTION = "credit_notes";

    @Id
    String key;
    String customer;
    /** Null on credit notes written before it was kept, whose customer was the ordering unit. */
    String orderingUnit;
    Party buyer;
    /** Null on credit notes written before it was kept: the buyer's address as it was then. */
    Delivery delivery;
    LocalDate sentOn;
    long creditedInvoiceNumber;
    LocalDate creditedInvoiceIssueDate;
    String reason;
    List<InvoiceLine> lines;
    /** Kept beside the lines so refund runs can query what earlier runs gave back. */
    long postageCreditOre;
    String refundRunId;
    Instant createdAt;
    Long number;
    LocalDate issueDate;

    public CreditNoteDocument() {
    }

    CreditNoteDocument(InvoiceCredit credit) {
        keep(credit);
    }

    @Override
    public InvoiceCredit model() {
        OrganisationNumber buyerOrgnr = OrganisationNumber.of(customer);
        return new InvoiceCredit(key, buyerOrgnr,
                EarlierFields.orderingUnit(orderingUnit, buyerOrgnr), buyer, EarlierFields.delivery(delivery, buyer),
                sentOn,
                creditedInvoiceNumber, creditedInvoiceIssueDate, reason, lines, new Money(postageCreditOre),
                refundRunId, createdAt, number, issueDate);
    }

    @Override
    protected void keep(InvoiceCredit credit) {
        key = credit.key();
        customer = credit.customer().value();
        orderingUnit = credit.orderingUnit().value();
        buyer = credit.buyer();
        delivery = credit.delivery();
        sentOn = credit.sentOn();
        creditedInvoiceNumber = credit.creditedInvoiceNumber();
        creditedInvoiceIssueDate = credit.creditedInvoiceIssueDate();
        reason = credit.reason();
        lines = credit.lines();
        postageCreditOre = credit.postageCredit().ore();
        refundRunId = credit.refundRunId();
        createdAt = credit.createdAt();
        number = credit.number();
        issueDate = credit.issueDate();
    }

    @Override
    public Object id() {
        return key;
    }

    @Override
    public Long number() {
        return number;
    }
}
