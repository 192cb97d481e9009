package no.hmskort.billing.invoicing.messaging;

import java.util.function.Consumer;
import no.hmskort.billing.invoicing.application.ChargingIssuedCard;
import no.hmskort.contracts.events.Topics;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Production's card events in: each issued card is charged. */
@Configuration(proxyBeanMethods = false)
class CardEventsIn {

    @Bean
    Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, ChargingIssuedCard useCase) {
        return consumers.of(Topics.CARDS, useCase::apply);
    }
}
