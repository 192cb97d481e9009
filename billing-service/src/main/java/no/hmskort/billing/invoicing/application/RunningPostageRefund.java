package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageRefund;
import no.hmskort.billing.invoicing.persistence.BillingDocuments;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.billing.invoicing.persistence.RefundRuns;
import org.springframework.stereotype.Service;

/**
 * The operator names a period and the correct postage: every issued invoice for a shipment sent in the
 * period whose postage, less earlier postage credits, is above the correct amount gets one credit note for
 * the difference. Run twice with the same figures, the second finds nothing left to credit.
 */
@Service
public class RunningPostageRefund {

    private final BillingDocuments documents;
    private final IssuingDocuments issuing;
    private final RefundRuns runs;
    private final Clock clock;

    RunningPostageRefund(BillingDocuments documents, IssuingDocuments issuing, RefundRuns runs, Clock clock) {
        this.documents = documents;
        this.issuing = issuing;
        this.runs = runs;
        this.clock = clock;
    }

    public record Command(LocalDate from, LocalDate to, long correctPostageOre, String startedBy) {
    }

    public RefundRuns.Run run(Command command) {
        String runId = UUID.randomUUID().toString();
        var started = clock.instant();
        issuing.issueInvoices();
        Money correct = new Money(command.correctPostageOre());
        String reason = "Postage refund for shipments sent " + command.from() + ".." + command.to() + ": correct postage "
                + correct.decimal() + " NOK";
        List<InvoiceDocument> candidates = documents.invoicesWithPostageAbove(command.from(), command.to(),
                command.correctPostageOre());
        for (InvoiceDocument invoice : candidates) {
            List<CreditNoteDocument> earlier = documents.postageCreditsOf(invoice.number());
            Money credited = earlier.stream().map(CreditNoteDocument::postageCredit).reduce(Money.ZERO, Money::plus);
            PostageRefund.creditFor(invoice.postage(), credited, correct, "postage:" + invoice.shipmentId())
                    .ifPresent(line -> credit(invoice, earlier.size() + 1, line, reason, runId));
        }
        issuing.issueCreditNotes();
        List<CreditNoteDocument> issued = documents.creditNotesOfRun(runId);
        List<String> numbers = new ArrayList<>();
        Money net = Money.ZERO;
        Money vat = Money.ZERO;
        for (CreditNoteDocument note : issued) {
            numbers.add(String.valueOf(note.number()));
            net = net.plus(note.creditNote().net());
            vat = vat.plus(note.creditNote().vat());
        }
        RefundRuns.Run run = new RefundRuns.Run(runId, command.from(), command.to(), command.correctPostageOre(),
                command.startedBy(), started, clock.instant(), candidates.size(), numbers, net.ore(), vat.ore(),
                net.plus(vat).ore());
        runs.save(run);
        return run;
    }

    private void credit(InvoiceDocument invoice, int sequence, InvoiceLine line, String reason, String runId) {
        // a concurrent run that credited the same state first wins the key; this one then credits nothing
        documents.insertDraft(CreditNoteDocument.postageCredit(invoice, sequence, line, reason, runId, clock.instant()));
    }
}
