package no.hmskort.billing.invoicing.application;

import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.stereotype.Service;

/**
 * A business's issued invoices and credit notes as its {@link Audience} sees them: a main unit's are those
 * addressed to it, a sub-unit's those it ordered for its current main unit. A number that is unknown, not a
 * number, or of another business's document is the same nothing. Who may ask is the caller's to check.
 */
@Service
public class ReadingDocuments {

    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final Customers customers;

    ReadingDocuments(Invoices invoices, CreditNotes creditNotes, Customers customers) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.customers = customers;
    }

    public List<ShipmentInvoice> invoices(OrganisationNumber business) {
        return invoices.seenBy(audience(business));
    }

    public Optional<ShipmentInvoice> invoice(OrganisationNumber business, String number) {
        Audience audience = audience(business);
        return parse(number).flatMap(invoices::numbered).filter(i -> audience.sees(i.customer(), i.orderingUnit()));
    }

    public List<InvoiceCredit> creditNotes(OrganisationNumber business) {
        return creditNotes.seenBy(audience(business));
    }

    public Optional<InvoiceCredit> creditNote(OrganisationNumber business, String number) {
        Audience audience = audience(business);
        return parse(number).flatMap(creditNotes::numbered).filter(c -> audience.sees(c.customer(), c.orderingUnit()));
    }

    private Audience audience(OrganisationNumber business) {
        return new Audience(business, customers.mainUnitOf(business));
    }

    private static Optional<Long> parse(String number) {
        try {
            return Optional.of(Long.parseLong(number));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
