package no.hmskort.billing.invoicing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Invoices and credit notes in the store: drafts written once by their natural key, issued ones read. */
@Component
public class BillingDocuments {

    private final MongoTemplate mongo;

    BillingDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean invoiceExistsFor(String shipmentId) {
        return mongo.exists(new Query(Criteria.where("_id").is(shipmentId)), InvoiceDocument.class);
    }

    /** Writes the draft unless one with its key exists (a redelivery, or a concurrent run); true if written. */
    public boolean insertDraft(Object draft) {
        try {
            mongo.insert(draft);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    public Optional<InvoiceDocument> invoice(long number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("number").is(number)), InvoiceDocument.class));
    }

    public Optional<InvoiceDocument> invoiceFor(String shipmentId) {
        return Optional.ofNullable(mongo.findById(shipmentId, InvoiceDocument.class));
    }

    public Optional<CreditNoteDocument> creditNote(long number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("number").is(number)),
                CreditNoteDocument.class));
    }

    /** Issued invoices the audience sees ({@link Audience#sees}), by number. */
    public List<InvoiceDocument> invoicesFor(Audience audience) {
        return mongo.find(new Query(seenBy(audience)).with(Sort.by("number")), InvoiceDocument.class);
    }

    public List<CreditNoteDocument> creditNotesFor(Audience audience) {
        return mongo.find(new Query(seenBy(audience)).with(Sort.by("number")), CreditNoteDocument.class);
    }

    /** {@link Audience#sees} as a query; documents without an ordering unit were addressed to it. */
    private static Criteria seenBy(Audience audience) {
        return new Criteria().andOperator(Criteria.where("number").ne(null), new Criteria().orOperator(
                Criteria.where("customer").is(audience.unit().value()),
                Criteria.where("orderingUnit").is(audience.unit().value()).and("customer")
                        .is(audience.mainUnit().value())));
    }

    /** Issued invoices of shipments sent in the period whose postage was charged, by number. */
    public List<InvoiceDocument> invoicesWithPostageCharged(LocalDate from, LocalDate to) {
        return mongo.find(new Query(Criteria.where("sentOn").gte(from).lte(to).and("postageOre").gt(0L)
                .and("number").ne(null)).with(Sort.by("number")), InvoiceDocument.class);
    }

    public List<CreditNoteDocument> postageCreditsOf(long invoiceNumber) {
        return mongo.find(new Query(Criteria.where("creditedInvoiceNumber").is(invoiceNumber)
                .and("postageCreditOre").gt(0L)), CreditNoteDocument.class);
    }

    public List<CreditNoteDocument> creditNotesOfRun(String runId) {
        return mongo.find(new Query(Criteria.where("refundRunId").is(runId)).with(Sort.by("number")),
                CreditNoteDocument.class);
    }

    public List<InvoiceDocument> allInvoices() {
        return mongo.findAll(InvoiceDocument.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class Outboxes {

        @Bean
        OutboxSource invoicesOutbox() {
            return new OutboxSource(InvoiceDocument.COLLECTION);
        }

        @Bean
        OutboxSource creditNotesOutbox() {
            return new OutboxSource(CreditNoteDocument.COLLECTION);
        }
    }
}
