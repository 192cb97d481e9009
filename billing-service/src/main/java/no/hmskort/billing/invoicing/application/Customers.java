package no.hmskort.billing.invoicing.application;

import java.util.Optional;
import java.util.function.Function;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.store.Change;

/** Units as Enhetsregisteret last told us. */
public interface Customers {

    /** The unit, if the register has told us of it. */
    Optional<Customer> unit(OrganisationNumber orgnr);

    /** The unit's main unit; the unit itself for a main unit, or for a unit not heard of. */
    default OrganisationNumber mainUnitOf(OrganisationNumber orgnr) {
        return unit(orgnr).map(Customer::mainUnit).orElse(orgnr);
    }

    /**
     * Changes the unit as {@code decide} says, deciding on {@link Customer#unknown} when none is stored yet;
     * decided again on a fresh copy when another writer came first.
     */
    <R> R change(OrganisationNumber orgnr, Function<Customer, Change<Customer, R>> decide);
}
