package no.hmskort.cardstatus.cards.messaging;

import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.RegisteringIssuedCard;
import no.hmskort.contracts.events.Topics;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Production's card events in. */
@Configuration(proxyBeanMethods = false)
class CardEventsIn {

    @Bean
    Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, RegisteringIssuedCard useCase) {
        return consumers.of(Topics.CARDS, useCase::apply);
    }
}
