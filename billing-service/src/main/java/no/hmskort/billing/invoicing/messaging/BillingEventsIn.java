package no.hmskort.billing.invoicing.messaging;

import java.util.function.Consumer;
import no.hmskort.billing.invoicing.application.InvoicingShipment;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.persistence.Customers;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.BusinessAddress;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * In: production's shipments (what is invoiced) and Enhetsregisteret's units (who the buyer is: a unit's
 * main unit, its registered name and business address).
 */
@Configuration(proxyBeanMethods = false)
class BillingEventsIn {

    @Bean
    Consumer<Message<byte[]>> shipmentEvents(EventConsumers consumers, InvoicingShipment useCase) {
        return consumers.of(Topics.SHIPMENTS, useCase::apply);
    }

    @Bean
    Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers consumers, Customers customers) {
        return consumers.of(Topics.ENHETSREGISTERET, envelope -> {
            if (envelope.data() instanceof UnitChanged unit) {
                customers.record(unit.orgnr(), unit.name(), unit.parent(), address(unit.address()), unit.asOf());
            }
        });
    }

    private static PostalAddress address(BusinessAddress address) {
        return address == null ? null
                : new PostalAddress(address.lines(), address.postalCode(), address.city(), address.countryCode());
    }
}
