package no.hmskort.billing.invoicing.persistence;

import java.util.Optional;
import java.util.function.Function;
import no.hmskort.billing.invoicing.application.Customers;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoCustomers implements Customers {

    private final VersionedStore<Customer, CustomerDocument> store;

    MongoCustomers(MongoTemplate mongo, OutboxRelay relay) {
        this.store = new VersionedStore<>(mongo, relay, CustomerDocument.class, CustomerDocument::new);
    }

    @Override
    public Optional<Customer> unit(OrganisationNumber orgnr) {
        return store.find(orgnr.value());
    }

    @Override
    public <R> R change(OrganisationNumber orgnr, Function<Customer, Change<Customer, R>> decide) {
        return store.changeOrCreate(orgnr.value(), () -> Customer.unknown(orgnr), decide);
    }
}
