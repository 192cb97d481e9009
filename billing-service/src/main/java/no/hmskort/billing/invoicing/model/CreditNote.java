package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * Kreditnota: a credit against an earlier invoice, to the same customer and for the same ordering unit. Its
 * lines are positive amounts that reduce what the customer owes; totals are the sums of the lines, VAT
 * rounded per line.
 */
public record CreditNote(String creditNoteNumber, OrganisationNumber customer, OrganisationNumber orderingUnit,
        LocalDate issueDate, String creditedInvoiceNumber, String reason, List<InvoiceLine> lines)
        implements SalesDocument {

    public CreditNote {
        lines = List.copyOf(lines);
    }
}
