package no.hmskort.billing.invoicing.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import no.hmskort.billing.invoicing.application.Numbering;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.time.Norway;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives drafts the next number of their series, without gaps and without duplicates, using only
 * single-document writes (Norwegian bookkeeping wants every number of a series accounted for).
 *
 * <p>Three documents take part: the series' counter ({@code counters}: the highest number whose document
 * is issued), a claim per number ({@code document_numbers}, {@code _id} = series:number, so a number can be
 * claimed once), and the draft itself. Each round reads the counter c; if number c+1 is already claimed
 * (by another worker, or by one that crashed) it completes that claim; otherwise it claims c+1 for the
 * oldest draft. Completing writes number, issue date and the outbox event into the draft in one update
 * (only while it has no number), then moves the counter from c to c+1 (only if it still says c). The
 * counter never passes a number whose document is not issued, and a claim is made only for counter+1, so
 * a crash at any step leaves work that the next round (a shipment, a run, the sweep) finishes.
 */
@Component
class DocumentNumbering implements Numbering {

    static final String COUNTERS = "counters";
    static final String CLAIMS = "document_numbers";
    private static final String INVOICES = "invoice";
    private static final String CREDIT_NOTES = "credit-note";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;

    DocumentNumbering(MongoTemplate mongo, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
    }

    /** A document that is a draft while its number is null. */
    interface Numbered {
        Long number();
    }

    /** What becomes of a draft when it gets its number: the event announcing it. */
    @FunctionalInterface
    interface Announcement<T> {
        OutboxMessage issued(T draft, long number, LocalDate issueDate);
    }

    /** A numbering series: its name, the collection of its documents, and how an issued one is announced. */
    record Series<T extends Numbered>(String name, Class<T> type, String collection, Announcement<T> announcement) {
    }

    @Override
    public int issueInvoices(Function<Invoice, OutboxMessage> announcement) {
        return issuePending(new Series<>(INVOICES, InvoiceDocument.class, InvoiceDocument.COLLECTION,
                (draft, number, issueDate) -> announcement.apply(draft.model().issuedAs(number, issueDate))));
    }

    @Override
    public int issueCreditNotes(Function<CreditNote, OutboxMessage> announcement) {
        return issuePending(new Series<>(CREDIT_NOTES, CreditNoteDocument.class, CreditNoteDocument.COLLECTION,
                (draft, number, issueDate) -> announcement.apply(draft.model().issuedAs(number, issueDate))));
    }

    @Override
    public long lastInvoiceNumber() {
        return counter(INVOICES);
    }

    /** Numbers every draft of the series, oldest first; returns how many this call issued. */
    <T extends Numbered> int issuePending(Series<T> series) {
        int issued = 0;
        while (true) {
            long next = counter(series.name()) + 1;
            Document claim = mongo.findById(claimId(series, next), Document.class, CLAIMS);
            if (claim != null) {
                complete(series, next, claim.getString("document"));
                continue;
            }
            Document oldest = mongo.findOne(new Query(Criteria.where("number").is(null))
                    .with(Sort.by("createdAt", "_id")).limit(1), Document.class, series.collection());
            if (oldest == null) {
                return issued;
            }
            String id = oldest.get("_id").toString();
            try {
                mongo.insert(new Document("_id", claimId(series, next)).append("series", series.name())
                        .append("number", next).append("document", id), CLAIMS);
            } catch (DuplicateKeyException claimedByAnother) {
                continue;
            }
            complete(series, next, id);
            issued++;
        }
    }

    /** The highest number issued in the series (0 before the first). */
    private long counter(String series) {
        Document counter = mongo.findById(series, Document.class, COUNTERS);
        if (counter == null) {
            try {
                mongo.insert(new Document("_id", series).append("value", 0L), COUNTERS);
            } catch (DuplicateKeyException createdByAnother) {
                // fine: it exists now
            }
            return counter(series);
        }
        return ((Number) counter.get("value")).longValue();
    }

    private <T extends Numbered> void complete(Series<T> series, long number, String documentId) {
        T draft = mongo.findById(documentId, series.type());
        if (draft == null) {
            throw new IllegalStateException(series.name() + " number " + number + " claimed for a missing document");
        }
        if (draft.number() == null) {
            LocalDate issueDate = Norway.today(clock);
            // the version moves too, so a versioned save of the draft made meanwhile fails instead of unnumbering it
            Update update = new Update().set("number", number).set("issueDate", issueDate).inc("version", 1)
                    .push("outbox", series.announcement().issued(draft, number, issueDate));
            relay.expect(series.collection(), documentId);
            mongo.updateFirst(new Query(Criteria.where("_id").is(documentId).and("number").is(null)), update,
                    series.type());
            relay.nudge(series.collection(), documentId);
        } else if (draft.number() != number) {
            throw new IllegalStateException(series.name() + " number " + number + " claimed for a document numbered "
                    + draft.number());
        }
        mongo.updateFirst(new Query(Criteria.where("_id").is(series.name()).and("value").is(number - 1)),
                new Update().set("value", number), COUNTERS);
    }

    private static String claimId(Series<?> series, long number) {
        return series.name() + ":" + number;
    }
}
