package no.hmskort.contracts.events.billing;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A credit note against an earlier invoice, final. Amounts in øre, positive numbers that reduce what the
 * customer owes; VAT rounded per line, half up, and the totals are the sums of the lines.
 *
 * @param creditedInvoiceNumber the invoice it corrects
 * @param reason why, in plain words (e.g. "postage refund for 2026-01-01..2026-03-31")
 */
@EventType(name = "CreditNoteIssued", version = 1)
public record CreditNoteIssued(
        String creditNoteNumber,
        OrganisationNumber customer,
        LocalDate issueDate,
        String creditedInvoiceNumber,
        String reason,
        List<InvoiceIssued.Line> lines,
        long netAmountOre,
        long vatAmountOre,
        long grossAmountOre) implements BillingEvent {

    public CreditNoteIssued {
        lines = List.copyOf(lines);
    }
}
