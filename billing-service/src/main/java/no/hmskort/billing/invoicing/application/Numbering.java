package no.hmskort.billing.invoicing.application;

import java.util.function.Function;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.platform.messaging.OutboxMessage;

/**
 * Gives drafts the next number of their series, without gaps and without duplicates, each issued document
 * carrying the event that announces it in the same write as its number. Safe to run concurrently and
 * after a crash at any step: what one round leaves, the next finishes.
 */
public interface Numbering {

    /** Numbers every invoice draft, oldest first; how many this call issued. */
    int issueInvoices(Function<Invoice, OutboxMessage> announcement);

    /** Numbers every credit-note draft, oldest first; how many this call issued. */
    int issueCreditNotes(Function<CreditNote, OutboxMessage> announcement);

    /** The highest invoice number issued (0 before the first). */
    long lastInvoiceNumber();
}
