package no.hmskort.billing.invoicing.application;

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

    IssuingDocuments(Numbering numbering, BillingAnnouncements announcements, Leases leases) {
        this.numbering = numbering;
        this.announcements = announcements;
        this.leases = leases;
    }

    public int issueInvoices() {
        return numbering.issueInvoices(announcements::invoiceIssued);
    }

    public int issueCreditNotes() {
        return numbering.issueCreditNotes(announcements::creditNoteIssued);
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
