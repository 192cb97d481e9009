package no.hmskort.billing.invoicing.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.application.Invoices;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
class MongoInvoices implements Invoices {

    private final MongoTemplate mongo;
    private final VersionedStore<ShipmentInvoice, InvoiceDocument> store;

    MongoInvoices(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, InvoiceDocument.class, InvoiceDocument::new);
    }

    @Override
    public boolean insertDraft(ShipmentInvoice draft) {
        return store.insert(draft, List.of()).isPresent();
    }

    @Override
    public Optional<ShipmentInvoice> forShipment(String shipmentId) {
        return store.find(shipmentId);
    }

    @Override
    public Optional<ShipmentInvoice> numbered(long number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("number").is(number)), InvoiceDocument.class))
                .map(InvoiceDocument::model);
    }

    @Override
    public List<ShipmentInvoice> seenBy(Audience audience) {
        return models(new Query(Audiences.seenBy(audience)).with(Sort.by("number")));
    }

    @Override
    public List<ShipmentInvoice> withPostageCharged(LocalDate from, LocalDate to) {
        return models(new Query(Criteria.where("sentOn").gte(from).lte(to).and("postageOre").gt(0L)
                .and("number").ne(null)).with(Sort.by("number")));
    }

    @Override
    public List<ShipmentInvoice> all() {
        return models(new Query());
    }

    private List<ShipmentInvoice> models(Query query) {
        return mongo.find(query, InvoiceDocument.class).stream().map(InvoiceDocument::model).toList();
    }
}
