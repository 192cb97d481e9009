package no.hmskort.billing.invoicing.persistence;

import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.application.CreditNotes;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoCreditNotes implements CreditNotes {

    private final MongoTemplate mongo;
    private final VersionedStore<InvoiceCredit, CreditNoteDocument> store;

    MongoCreditNotes(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, CreditNoteDocument.class, CreditNoteDocument::new);
    }

    @Override
    public boolean insertDraft(InvoiceCredit draft) {
        return store.insert(draft, List.of()).isPresent();
    }

    @Override
    public Optional<InvoiceCredit> numbered(long number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("number").is(number)),
                CreditNoteDocument.class)).map(CreditNoteDocument::model);
    }

    @Override
    public List<InvoiceCredit> seenBy(Audience audience) {
        return models(new Query(Audiences.seenBy(audience)).with(Sort.by("number")));
    }

    @Override
    public List<InvoiceCredit> postageCreditsOf(long invoiceNumber) {
        return models(new Query(Criteria.where("creditedInvoiceNumber").is(invoiceNumber)
                .and("postageCreditOre").gt(0L)));
    }

    @Override
    public List<InvoiceCredit> ofRun(String runId) {
        return models(new Query(Criteria.where("refundRunId").is(runId)).with(Sort.by("number")));
    }

    private List<InvoiceCredit> models(Query query) {
        return mongo.find(query, CreditNoteDocument.class).stream().map(CreditNoteDocument::model).toList();
    }
}
