package no.hmskort.billing.invoicing.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import no.hmskort.platform.jobs.Leases;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Issues drafts: invoices and credit notes each get the next number of their own series (bokføringsforskriften
 * lets sales documents run in several series, each gap-free), and finance gets the event in the same write.
 * Runs after every draft, at start-up and now and then, so a crash between draft and number heals itself.
 */
@Service
public class IssuingDocuments {

    private final Numbering numbering;
    private final BillingAnnouncements announcements;
    private final Leases leases;
    private final Counter invoicesIssued;
    private final Counter creditNotesIssued;

    IssuingDocuments(Numbering numbering, BillingAnnouncements announcements, Leases leases, MeterRegistry meters) {
        this.numbering = numbering;
        this.announcements = announcements;
        this.leases = leases;
        this.invoicesIssued = Counter.builder("hmskort.invoices.issued").description("invoices given their number")
                .register(meters);
        this.creditNotesIssued = Counter.builder("hmskort.credit.notes.issued")
                .description("credit notes given their number").register(meters);
    }

    /** Numbers the invoice drafts; counts those this call numbered (a replica numbering beside it counts its own). */
    public int issueInvoices() {
        int issued = numbering.issueInvoices(announcements::invoiceIssued);
        invoicesIssued.increment(issued);
        return issued;
    }

    public int issueCreditNotes() {
        int issued = numbering.issueCreditNotes(announcements::creditNoteIssued);
        creditNotesIssued.increment(issued);
        return issued;
    }

    /** The highest invoice number issued. */
    public long lastInvoiceNumber() {
        return numbering.lastInvoiceNumber();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        issueAll();
    }

    /**
     * Numbers every draft left without a number (a crash between draft and number), on one replica at a
     * time; numbering is safe concurrently anyway, the lease only spares the others the work. True if it ran.
     */
    @Scheduled(fixedDelayString = "${hmskort.billing.numbering-sweep-interval}",
            initialDelayString = "${hmskort.billing.numbering-sweep-interval}")
    public boolean issueAll() {
        return leases.runExclusively("billing-numbering-sweep", Duration.ofMinutes(5), lease -> {
            issueInvoices();
            issueCreditNotes();
        });
    }
}
