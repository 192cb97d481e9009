package no.hmskort.contracts.events.billing;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * An invoice, final. Amounts in øre; VAT is rounded per line, half up, and the totals are the sums of
 * the lines.
 */
@EventType(name = "InvoiceIssued", version = 1)
public record InvoiceIssued(
        String invoiceNumber,
        OrganisationNumber customer,
        LocalDate issueDate,
        List<Line> lines,
        long netAmountOre,
        long vatAmountOre,
        long grossAmountOre) implements BillingEvent {

    public InvoiceIssued {
        lines = List.copyOf(lines);
    }

    /** @param reference what the line is for, e.g. a card number */
    public record Line(String description, String reference, long netAmountOre, int vatPercent, long vatAmountOre) {
    }
}
