package no.hmskort.order.ordering.application;

import java.util.function.Consumer;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardDelivered;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cards.CardReplaced;
import no.hmskort.contracts.events.cards.CardShipped;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.contracts.events.cardstatus.CardStatusEvent;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.persistence.KnownCards;
import no.hmskort.order.uploads.DocumentStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Service;

/**
 * An order line follows its card through production (printed with its number, shipped, delivered), and the
 * ID copy is deleted once the card exists. Card status tells which cards are active and which blocked (for
 * the duplicate rule and reorders). Every step is naturally idempotent.
 */
@Service
public class FollowingProduction {

    private final ChangingOrders changing;
    private final KnownCards cards;
    private final DocumentStore store;

    FollowingProduction(ChangingOrders changing, KnownCards cards, DocumentStore store) {
        this.changing = changing;
        this.cards = cards;
        this.store = store;
    }

    void apply(EventEnvelope<CardEvent> envelope) {
        switch (envelope.data()) {
            case CardIssued issued -> issued(issued);
            case CardShipped shipped -> onLineOf(shipped.cardNumber(), OrderLine::shipped);
            case CardDelivered delivered -> onLineOf(delivered.cardNumber(), OrderLine::delivered);
            case CardReplaced ignored -> {
                // card status blocks the old card and tells us so
            }
        }
    }

    private void issued(CardIssued issued) {
        if (issued.orderId() == null || issued.orderLineId() == null) {
            return;
        }
        cards.issued(issued.cardNumber(), issued.orderId(), issued.orderLineId(), issued.employer(),
                issued.holder().person(), issued.cardType(), issued.expiresOn());
        // the file goes before the reference: a crash in between is healed by the redelivery, never an orphan file
        changing.change(issued.orderId(), order -> order.withLine(issued.orderLineId(), line -> {
            store.delete(line.idCopyId());
            return line.printed(issued.cardNumber()).idCopyRemoved();
        }));
    }

    private void onLineOf(CardNumber card, java.util.function.UnaryOperator<OrderLine> step) {
        cards.lineOf(card).ifPresent(l -> changing.change(l.orderId(), order -> order.withLine(l.lineId(), step)));
    }

    void status(EventEnvelope<CardStatusEvent> envelope) {
        if (envelope.data() instanceof CardStatusChanged changed) {
            cards.statusChanged(changed.cardNumber(), changed.status());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class In {

        @Bean
        Consumer<Message<byte[]>> cardEvents(no.hmskort.platform.messaging.EventConsumers consumers,
                FollowingProduction useCase) {
            return consumers.of(Topics.CARDS, useCase::apply);
        }

        @Bean
        Consumer<Message<byte[]>> cardStatusEvents(no.hmskort.platform.messaging.EventConsumers consumers,
                FollowingProduction useCase) {
            return consumers.of(Topics.CARD_STATUS, useCase::status);
        }
    }
}
