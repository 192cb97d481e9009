package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageRefund;
import no.hmskort.billing.invoicing.model.PostageTable;
import no.hmskort.billing.invoicing.model.PostageTables;
import no.hmskort.billing.invoicing.persistence.BillingDocuments;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.billing.invoicing.persistence.RefundRuns;
import org.springframework.stereotype.Service;

/**
 * The operator names a period: every issued invoice for a shipment sent in the period whose postage was
 * charged is judged by the postage table in force on the day it was sent, for its number of cards, and gets
 * one credit note for what it was overcharged ({@link PostageRefund}). The tables are configuration with
 * their sources, not a figure typed into the request, so a correctly charged shipment of any tier is never
 * credited. Run twice, the second finds nothing left to credit.
 */
@Service
public class RunningPostageRefund {

    private final BillingDocuments documents;
    private final IssuingDocuments issuing;
    private final RefundRuns runs;
    private final PostageTables tables;
    private final Clock clock;

    RunningPostageRefund(BillingDocuments documents, IssuingDocuments issuing, RefundRuns runs, PostageTables tables,
            Clock clock) {
        this.documents = documents;
        this.issuing = issuing;
        this.runs = runs;
        this.tables = tables;
        this.clock = clock;
    }

    public record Command(LocalDate from, LocalDate to, String startedBy) {
    }

    public sealed interface Outcome {
    }

    public record Ran(RefundRuns.Run run) implements Outcome {
    }

    /** The period starts before the first postage table: shipments then cannot be judged. */
    public record NoPostageTable(LocalDate firstTableFrom) implements Outcome {
    }

    public Outcome run(Command command) {
        List<PostageTable> applied = tables.inForceDuring(command.from(), command.to());
        if (applied.isEmpty()) {
            return new NoPostageTable(tables.firstDate());
        }
        String runId = UUID.randomUUID().toString();
        var started = clock.instant();
        issuing.issueInvoices();
        String reason = "Postage refund for shipments sent " + command.from() + ".." + command.to()
                + ": postage above the postage table in force when sent";
        List<InvoiceDocument> charged = documents.invoicesWithPostageCharged(command.from(), command.to());
        for (InvoiceDocument invoice : charged) {
            List<CreditNoteDocument> earlier = documents.postageCreditsOf(invoice.number());
            Money credited = earlier.stream().map(CreditNoteDocument::postageCredit).reduce(Money.ZERO, Money::plus);
            var postage = new PostageRefund.ChargedPostage("postage:" + invoice.shipmentId(), invoice.sentOn(),
                    invoice.cards(), invoice.postage());
            PostageRefund.creditFor(postage, credited, tables)
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
        RefundRuns.Run run = new RefundRuns.Run(runId, command.from(), command.to(),
                applied.stream().map(RefundRuns.AppliedTable::of).toList(), command.startedBy(), started,
                clock.instant(), charged.size(), numbers, net.ore(), vat.ore(), net.plus(vat).ore());
        runs.save(run);
        return new Ran(run);
    }

    private void credit(InvoiceDocument invoice, int sequence, InvoiceLine line, String reason, String runId) {
        // a concurrent run that credited the same state first wins the key; this one then credits nothing
        documents.insertDraft(CreditNoteDocument.postageCredit(invoice, sequence, line, reason, runId, clock.instant()));
    }
}
