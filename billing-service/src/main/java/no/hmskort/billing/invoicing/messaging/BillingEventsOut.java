package no.hmskort.billing.invoicing.messaging;

import java.util.List;
import no.hmskort.billing.invoicing.application.BillingAnnouncements;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.CreditNoteIssued;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.stereotype.Component;

/** Out: issued invoices and credit notes for finance on {@code billing}, amounts in øre. */
@Component
class BillingEventsOut implements BillingAnnouncements {

    private final Outbox outbox;

    BillingEventsOut(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public OutboxMessage invoiceIssued(Invoice invoice) {
        return outbox.message(Topics.BILLING, new InvoiceIssued(invoice.invoiceNumber(), invoice.customer(),
                invoice.issueDate(), lines(invoice.lines()), invoice.net().ore(), invoice.vat().ore(),
                invoice.gross().ore()));
    }

    @Override
    public OutboxMessage creditNoteIssued(CreditNote note) {
        return outbox.message(Topics.BILLING, new CreditNoteIssued(note.creditNoteNumber(), note.customer(),
                note.issueDate(), note.creditedInvoiceNumber(), note.reason(), lines(note.lines()), note.net().ore(),
                note.vat().ore(), note.gross().ore()));
    }

    private static List<InvoiceIssued.Line> lines(List<InvoiceLine> lines) {
        return lines.stream().map(l -> new InvoiceIssued.Line(l.description(), l.reference(), l.net().ore(),
                l.vatPercent(), l.vat().ore())).toList();
    }
}
