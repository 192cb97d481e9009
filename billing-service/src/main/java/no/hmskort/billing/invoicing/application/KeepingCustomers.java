package no.hmskort.billing.invoicing.application;

import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.platform.store.Change;
import org.springframework.stereotype.Service;

/** Keeps the units as Enhetsregisteret reports them, the newer report winning ({@link Customer#after}). */
@Service
public class KeepingCustomers {

    private final Customers customers;

    KeepingCustomers(Customers customers) {
        this.customers = customers;
    }

    /** Applies the register's report of a unit; the unit as it then is. */
    public Customer heard(Customer report) {
        return customers.change(report.orgnr(), held -> Change.toOrSame(held, held.after(report)));
    }
}
