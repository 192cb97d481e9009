package no.hmskort.billing.invoicing.messaging;

import no.hmskort.billing.invoicing.application.KeepingCustomers;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import org.springframework.stereotype.Component;

/**
 * A unit as Enhetsregisteret reports it becomes the customer billing keeps; the register's other events are
 * not billing's.
 */
@Component
class UnitsIn {

    private final KeepingCustomers customers;

    UnitsIn(KeepingCustomers customers) {
        this.customers = customers;
    }

    void apply(EventEnvelope<EnhetsregisteretEvent> envelope) {
        if (envelope.data() instanceof UnitChanged unit) {
            customers.heard(new Customer(unit.orgnr(), unit.name(), unit.parent(), address(unit.address()),
                    unit.asOf()));
        }
    }

    private static PostalAddress address(BusinessAddress address) {
        return address == null ? null
                : new PostalAddress(address.lines(), address.postalCode(), address.city(), address.countryCode());
    }
}
