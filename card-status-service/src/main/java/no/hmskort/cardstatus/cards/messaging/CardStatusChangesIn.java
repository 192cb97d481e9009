package no.hmskort.cardstatus.cards.messaging;

import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.CardWritten;
import no.hmskort.contracts.events.Topics;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Every card-status change, heard by every instance (binding {@code hmskort.broadcasts.cardStatusHeard}: a
 * group of its own per instance, from its start on): a card another instance changed is stale in this
 * instance's memory.
 */
@Configuration(proxyBeanMethods = false)
class CardStatusChangesIn {

    @Bean
    Consumer<Message<byte[]>> cardStatusHeard(EventConsumers consumers, ApplicationEventPublisher written) {
        return consumers.of(Topics.CARD_STATUS,
                envelope -> written.publishEvent(new CardWritten(envelope.data().cardNumber())));
    }
}
