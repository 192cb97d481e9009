package no.hmskort.cardstatus.cards;

import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cards feature's wiring: the relay sweeps the cards' outboxes. */
@Configuration(proxyBeanMethods = false)
class CardsConfiguration {

    @Bean
    OutboxSource cardsOutbox() {
        return new OutboxSource("cards");
    }
}
