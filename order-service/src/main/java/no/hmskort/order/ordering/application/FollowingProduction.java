package no.hmskort.order.ordering.application;

import java.util.function.Consumer;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Service;

/** An order line follows its card through production, so the orderer sees its state and card number. */
@Service
public class FollowingProduction {

    private final Orders orders;

    FollowingProduction(Orders orders) {
        this.orders = orders;
    }

    /** Setting a line to printed with its card number is naturally idempotent. */
    void apply(EventEnvelope<CardEvent> envelope) {
        if (envelope.data() instanceof CardIssued issued) {
            orders.update(issued.orderId(), order -> order.linePrinted(issued.orderLineId(), issued.cardNumber()));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class In {

        @Bean
        Consumer<Message<byte[]>> cardEvents(EventConsumers consumers, FollowingProduction useCase) {
            return consumers.of(Topics.CARDS, useCase::apply);
        }
    }
}
