package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * An invoice to a legal entity, the main unit, for what one of its units ordered. Totals are the sums of
 * the lines, so they add up to the øre.
 *
 * @param customer the buyer: the main unit of the ordering unit (a sub-unit is not a legal person)
 * @param orderingUnit the unit that ordered, carried as the buyer's reference; the customer itself when a
 *     main unit ordered
 */
public record Invoice(String invoiceNumber, OrganisationNumber customer, OrganisationNumber orderingUnit,
        LocalDate issueDate, List<InvoiceLine> lines) implements SalesDocument {

    /** Merverdiavgift: Norwegian VAT, 25 % on HMS cards and postage. */
    public static final int VAT_PERCENT = 25;

    public Invoice {
        lines = List.copyOf(lines);
    }
}
