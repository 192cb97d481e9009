package no.hmskort.contracts.events.billing;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.OrganisationNumber;

/** What finance receives: invoices and credit notes. */
public sealed interface BillingEvent extends Event permits InvoiceIssued, CreditNoteIssued {

    OrganisationNumber customer();

    @Override
    default String partitionKey() {
        return customer().value();
    }
}
