package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/** An invoice to the business that ordered. Totals are the sums of the lines, so they add up to the øre. */
public record Invoice(String invoiceNumber, OrganisationNumber customer, LocalDate issueDate, List<InvoiceLine> lines) {

    /** Merverdiavgift: Norwegian VAT, 25 % on HMS cards and postage. */
    public static final int VAT_PERCENT = 25;

    public Invoice {
        lines = List.copyOf(lines);
    }

    public Money net() {
        return lines.stream().map(InvoiceLine::net).reduce(Money.ZERO, Money::plus);
    }

    public Money vat() {
        return lines.stream().map(InvoiceLine::vat).reduce(Money.ZERO, Money::plus);
    }

    public Money gross() {
        return net().plus(vat());
    }
}
