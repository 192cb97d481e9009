package no.hmskort.billing.invoicing.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
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
    Consumer<Message<byte[]>> shipmentEvents(EventConsumers consumers, ShipmentsIn shipments) {
        return consumers.of(Topics.SHIPMENTS, shipments::apply);
    }

    @Bean
    Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers consumers, UnitsIn units) {
        return consumers.of(Topics.ENHETSREGISTERET, units::apply);
    }
}
