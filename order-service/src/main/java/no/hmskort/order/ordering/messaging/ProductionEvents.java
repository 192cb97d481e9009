package no.hmskort.order.ordering.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.cardstatus.CardStatusEvent;
import no.hmskort.order.ordering.application.FollowingProduction;
import no.hmskort.order.ordering.application.KnownCards;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Production's card events and card status's changes, as steps of {@link FollowingProduction}. */
@Configuration(proxyBeanMethods = false)
class ProductionEvents {

    @Bean
    Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, FollowingProduction following) {
        return consumers.of(Topics.CARDS, envelope -> card(envelope, following));
    }

    @Bean
    Consumer<Message<byte[]>> cardStatusEvents(EventConsumers consumers, FollowingProduction following) {
        return consumers.of(Topics.CARD_STATUS, envelope -> status(envelope, following));
    }

    private static void card(EventEnvelope<CardEvent> envelope, FollowingProduction following) {
        switch (envelope.data()) {
            case CardIssued issued -> {
                // a card not made from one of our lines (none has both ids) is none of ours
                if (issued.orderId() != null && issued.orderLineId() != null) {
                    following.issued(new KnownCards.Issued(issued.cardNumber(), new OrderId(issued.orderId()),
                            new LineId(issued.orderLineId()), issued.employer(), issued.holder().person(),
                            CardType.of(issued.cardType()), issued.expiresOn()));
                }
            }
            case CardShipped shipped -> following.shipped(shipped.cardNumber());
            case CardDelivered delivered -> following.delivered(delivered.cardNumber());
            case CardReplaced ignored -> {
                // card status blocks the old card and tells us so
            }
        }
    }

    private static void status(EventEnvelope<CardStatusEvent> envelope, FollowingProduction following) {
        if (envelope.data() instanceof CardStatusChanged changed) {
            following.statusChanged(changed.cardNumber(), CardStatus.read(changed.status()));
        }
    }
}
