package no.hmskort.billing.invoicing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A credit note against an issued invoice, known by what it credits: {@code postage:<invoice>:<k>} is the
 * k-th postage credit of that invoice, so two runs working from the same state collide on the key instead
 * of crediting twice. A draft while its number is null; numbered in its own gap-free series.
 *
 * @param sentOn the day the credited shipment was sent; null on credit notes written before it was kept
 * @param postageCredit the postage it gives back
 */
public record InvoiceCredit(String key, OrganisationNumber customer, OrganisationNumber orderingUnit, Party buyer,
        Delivery delivery, LocalDate sentOn, long creditedInvoiceNumber, LocalDate creditedInvoiceIssueDate,
        String reason, List<InvoiceLine> lines, Money postageCredit, String refundRunId, Instant createdAt,
        Long number, LocalDate issueDate) {

    public InvoiceCredit {
        lines = List.copyOf(lines);
    }

    /** The {@code sequence}-th postage credit of an issued invoice, giving back {@code line}. */
    public static InvoiceCredit postageCredit(ShipmentInvoice invoice, int sequence, InvoiceLine line, String reason,
            String runId, Instant now) {
        return new InvoiceCredit("postage:" + invoice.number() + ":" + sequence, invoice.customer(),
                invoice.orderingUnit(), invoice.buyer(), invoice.delivery(), invoice.sentOn(), invoice.number(),
                invoice.issueDate(), reason, List.of(line), line.net(), runId, now, null, null);
    }

    /** The credit note as issued; only for a numbered one. */
    public CreditNote creditNote() {
        if (number == null) {
            throw new IllegalStateException("credit note " + key + " is a draft");
        }
        return issuedAs(number, issueDate);
    }

    /** The credit note this draft becomes with {@code number} on {@code issueDate}. */
    public CreditNote issuedAs(long number, LocalDate issueDate) {
        return new CreditNote(String.valueOf(number), customer, orderingUnit, issueDate,
                String.valueOf(creditedInvoiceNumber), reason, lines);
    }
}
