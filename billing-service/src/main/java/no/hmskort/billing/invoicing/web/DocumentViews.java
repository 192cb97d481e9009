package no.hmskort.billing.invoicing.web;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;

/** Invoices and credit notes as the employer API answers them; amounts in øre. */
final class DocumentViews {

    private DocumentViews() {
    }

    record Line(String description, String reference, long netAmountOre, int vatPercent, long vatAmountOre) {

        static List<Line> of(List<InvoiceLine> lines) {
            return lines.stream().map(l -> new Line(l.description(), l.reference(), l.net().ore(), l.vatPercent(),
                    l.vat().ore())).toList();
        }
    }

    record InvoiceView(String invoiceNumber, String customer, LocalDate issueDate, String shipmentId,
            LocalDate shipmentSentOn, List<Line> lines, long netAmountOre, long vatAmountOre, long grossAmountOre) {

        static InvoiceView of(InvoiceDocument document) {
            var invoice = document.invoice();
            return new InvoiceView(invoice.invoiceNumber(), invoice.customer().value(), invoice.issueDate(),
                    document.shipmentId(), document.sentOn(), Line.of(invoice.lines()), invoice.net().ore(),
                    invoice.vat().ore(), invoice.gross().ore());
        }
    }

    record CreditNoteView(String creditNoteNumber, String customer, LocalDate issueDate, String creditedInvoiceNumber,
            String reason, List<Line> lines, long netAmountOre, long vatAmountOre, long grossAmountOre) {

        static CreditNoteView of(CreditNoteDocument document) {
            var note = document.creditNote();
            return new CreditNoteView(note.creditNoteNumber(), note.customer().value(), note.issueDate(),
                    note.creditedInvoiceNumber(), note.reason(), Line.of(note.lines()), note.net().ore(),
                    note.vat().ore(), note.gross().ore());
        }
    }
}
