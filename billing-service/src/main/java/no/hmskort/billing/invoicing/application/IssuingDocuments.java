package no.hmskort.billing.invoicing.application;

import java.time.Duration;
import no.hmskort.platform.jobs.Leases;
import java.util.List;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.DocumentNumbering;
import no.hmskort.billing.invoicing.persistence.DocumentNumbering.Series;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.CreditNoteIssued;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Issues drafts: invoices and credit notes each get the next number of their own series (bokføringsforskriften
 * lets sales documents run in several series, each gap-free), and finance gets the event in the same write.
 * Runs after every draft, at start-up and now and then, so a crash between draft and number heals itself.
 */
@Service
public class IssuingDocuments {

    private final DocumentNumbering numbering;
    private final Series<InvoiceDocument> invoices;
    private final Series<CreditNoteDocument> creditNotes;

    private final Leases leases;

    IssuingDocuments(DocumentNumbering numbering, Outbox outbox, Leases leases) {
        this.numbering = numbering;
        this.leases = leases;
        this.invoices = new Series<>("invoice", InvoiceDocument.class, InvoiceDocument.COLLECTION,
                (draft, number, issueDate) -> {
                    Invoice invoice = new Invoice(String.valueOf(number), draft.customer(), draft.orderingUnit(),
                            issueDate, draft.lines());
                    return outbox.message(Topics.BILLING, new InvoiceIssued(invoice.invoiceNumber(), invoice.customer(),
                            issueDate, lines(invoice.lines()), invoice.net().ore(), invoice.vat().ore(),
                            invoice.gross().ore()));
                });
        this.creditNotes = new Series<>("credit-note", CreditNoteDocument.class, CreditNoteDocument.COLLECTION,
                (draft, number, issueDate) -> {
                    CreditNote note = new CreditNote(String.valueOf(number), draft.customer(), draft.orderingUnit(),
                            issueDate, String.valueOf(draft.creditedInvoiceNumber()), draft.reason(), draft.lines());
                    return outbox.message(Topics.BILLING, new CreditNoteIssued(note.creditNoteNumber(), note.customer(),
                            issueDate, note.creditedInvoiceNumber(), note.reason(), lines(note.lines()),
                            note.net().ore(), note.vat().ore(), note.gross().ore()));
                });
    }

    public int issueInvoices() {
        return numbering.issuePending(invoices);
    }

    public int issueCreditNotes() {
        return numbering.issuePending(creditNotes);
    }

    /** The highest invoice number issued. */
    public long lastInvoiceNumber() {
        return numbering.counter(invoices);
    }

    /**
     * Numbers every draft left without a number (a crash between draft and number), on one replica at a
     * time; numbering is safe concurrently anyway, the lease only spares the others the work. True if it ran.
     */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        issueAll();
    }

    @Scheduled(fixedDelayString = "${hmskort.billing.numbering-sweep-interval}",
            initialDelayString = "${hmskort.billing.numbering-sweep-interval}")
    public boolean issueAll() {
        return leases.runExclusively("billing-numbering-sweep", Duration.ofMinutes(5), lease -> {
            issueInvoices();
            issueCreditNotes();
        });
    }

    private static List<InvoiceIssued.Line> lines(List<InvoiceLine> lines) {
        return lines.stream().map(l -> new InvoiceIssued.Line(l.description(), l.reference(), l.net().ore(),
                l.vatPercent(), l.vat().ore())).toList();
    }
}
