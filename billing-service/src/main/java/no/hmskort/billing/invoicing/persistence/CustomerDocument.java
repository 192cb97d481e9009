package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** A {@link Customer} in {@code customers}, keyed by its orgnr. */
@Document(CustomerDocument.COLLECTION)
class CustomerDocument extends VersionedDocument<Customer> {

    static final String COLLECTION = "customers";

    String id;
    String name;
    String parent;
    PostalAddress address;
    Instant asOf;

    CustomerDocument() {
    }

    CustomerDocument(Customer customer) {
        keep(customer);
    }

    @Override
    public Customer model() {
        return new Customer(OrganisationNumber.of(id), name, parent == null ? null : OrganisationNumber.of(parent),
                address, asOf);
    }

    @Override
    protected void keep(Customer customer) {
        id = customer.orgnr().value();
        name = customer.name();
        parent = customer.parent() == null ? null : customer.parent().value();
        address = customer.address();
        asOf = customer.asOf();
    }

    @Override
    public Object id() {
        return id;
    }
}
