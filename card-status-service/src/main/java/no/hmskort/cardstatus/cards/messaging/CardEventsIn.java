package no.hmskort.cardstatus.cards.messaging;

import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.FollowingCardJourney;
import no.hmskort.cardstatus.cards.application.RegisteringIssuedCard;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Production's card events in: a card issued starts being tracked; its journey goes into its log, each step
 * at the instant production recorded it (the event's time), so the log reads in the order things happened.
 */
@Configuration(proxyBeanMethods = false)
class CardEventsIn {

    @Bean
    Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, RegisteringIssuedCard registering,
            FollowingCardJourney journey) {
        return consumers.of(Topics.CARDS, envelope -> {
            switch (envelope.data()) {
                case CardIssued issued -> registering.apply(issued, envelope.time());
                case CardShipped shipped -> journey.shipped(shipped, envelope.time());
                case CardDelivered delivered -> journey.delivered(delivered, envelope.time());
                case CardReplaced replaced -> journey.replaced(replaced);
            }
        });
    }
}
