package no.hmskort.billing.invoicing.application;

import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.platform.messaging.OutboxMessage;

/** What finance is told when a sales document is issued; the messaging room says it in contract events. */
public interface BillingAnnouncements {

    OutboxMessage invoiceIssued(Invoice invoice);

    OutboxMessage creditNoteIssued(CreditNote note);
}
