package no.hmskort.billing.invoicing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.ids.OrganisationNumber;
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

    /** Issued invoices addressed to any of the units (a main unit and its sub-units), by number. */
    public List<InvoiceDocument> invoicesOf(java.util.Collection<OrganisationNumber> customers) {
        return mongo.find(new Query(Criteria.where("customer").in(values(customers)).and("number").ne(null))
                .with(Sort.by("number")), InvoiceDocument.class);
    }

    public List<CreditNoteDocument> creditNotesOf(java.util.Collection<OrganisationNumber> customers) {
        return mongo.find(new Query(Criteria.where("customer").in(values(customers)).and("number").ne(null))
                .with(Sort.by("number")), CreditNoteDocument.class);
    }

    private static List<String> values(java.util.Collection<OrganisationNumber> units) {
        return units.stream().map(OrganisationNumber::value).toList();
    }

    /** Issued invoices of shipments sent in the period whose postage is above {@code postageOre}. */
    public List<InvoiceDocument> invoicesWithPostageAbove(LocalDate from, LocalDate to, long postageOre) {
        return mongo.find(new Query(Criteria.where("sentOn").gte(from).lte(to).and("postageOre").gt(postageOre)
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
