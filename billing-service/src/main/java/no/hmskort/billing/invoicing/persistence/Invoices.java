package no.hmskort.billing.invoicing.persistence;

import java.util.List;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

@Component
public class Invoices {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Invoices(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public boolean existsFor(String chargeKey) {
        return mongo.exists(new Query(Criteria.where("_id").is(chargeKey)), InvoiceDocument.class);
    }

    /** The next number in the invoice series. */
    public long nextInvoiceNumber() {
        Document counter = mongo.findAndModify(new Query(Criteria.where("_id").is("invoice")),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, "counters");
        return ((Number) counter.get("value")).longValue();
    }

    public void insert(InvoiceDocument document) {
        mongo.insert(document);
        relay.nudge("invoices", document.chargeKey);
    }

    public List<Invoice> of(OrganisationNumber customer) {
        return mongo.find(new Query(Criteria.where("customer").is(customer.value())), InvoiceDocument.class).stream()
                .map(InvoiceDocument::invoice).toList();
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource invoicesOutbox() {
            return new OutboxSource("invoices");
        }
    }
}
