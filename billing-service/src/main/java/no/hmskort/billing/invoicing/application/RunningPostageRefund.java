package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageRefund;
import no.hmskort.billing.invoicing.model.PostageTable;
import no.hmskort.billing.invoicing.model.PostageTables;
import no.hmskort.billing.invoicing.model.RefundRun;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
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

    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final IssuingDocuments issuing;
    private final RefundRuns runs;
    private final PostageTables tables;
    private final Clock clock;

    RunningPostageRefund(Invoices invoices, CreditNotes creditNotes, IssuingDocuments issuing, RefundRuns runs,
            PostageTables tables, Clock clock) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.issuing = issuing;
        this.runs = runs;
        this.tables = tables;
        this.clock = clock;
    }

    public record Command(LocalDate from, LocalDate to, String startedBy) {
    }

    public sealed interface Outcome {
    }

    public record Ran(RefundRun run) implements Outcome {
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
        List<ShipmentInvoice> charged = invoices.withPostageCharged(command.from(), command.to());
        for (ShipmentInvoice invoice : charged) {
            List<InvoiceCredit> earlier = creditNotes.postageCreditsOf(invoice.number());
            Money credited = earlier.stream().map(InvoiceCredit::postageCredit).reduce(Money.ZERO, Money::plus);
            var postage = new PostageRefund.ChargedPostage("postage:" + invoice.shipmentId(), invoice.sentOn(),
                    invoice.cards(), invoice.postage());
            // a concurrent run that credited the same state first wins the key; this one then credits nothing
            PostageRefund.creditFor(postage, credited, tables).ifPresent(line -> creditNotes.insertDraft(
                    InvoiceCredit.postageCredit(invoice, earlier.size() + 1, line, reason, runId, clock.instant())));
        }
        issuing.issueCreditNotes();
        List<CreditNote> issued = creditNotes.ofRun(runId).stream().map(InvoiceCredit::creditNote).toList();
        RefundRun run = new RefundRun(runId, command.from(), command.to(), applied, command.startedBy(), started,
                clock.instant(), charged.size(), issued.stream().map(CreditNote::creditNoteNumber).toList(),
                issued.stream().map(CreditNote::net).reduce(Money.ZERO, Money::plus),
                issued.stream().map(CreditNote::vat).reduce(Money.ZERO, Money::plus));
        runs.save(run);
        return new Ran(run);
    }

    /** What an earlier run did. */
    public Optional<RefundRun> find(String runId) {
        return runs.find(runId);
    }
}
