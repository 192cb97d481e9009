package no.hmskort.billing.invoicing.application;

import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.InvoiceCredit;

/** Credit notes: drafts written once by what they credit, issued ones read. */
public interface CreditNotes {

    /** Stores the draft unless one with its key exists (a concurrent run credited the same state); true if stored. */
    boolean insertDraft(InvoiceCredit draft);

    /** The issued credit note with this number. */
    Optional<InvoiceCredit> numbered(long number);

    /** Issued credit notes the audience sees ({@link Audience#sees}), by number. */
    List<InvoiceCredit> seenBy(Audience audience);

    /** Every credit note giving back postage of the invoice. */
    List<InvoiceCredit> postageCreditsOf(long invoiceNumber);

    /** The credit notes a refund run wrote, by number. */
    List<InvoiceCredit> ofRun(String runId);
}
