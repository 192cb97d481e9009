package no.hmskort.contracts.events.cards;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.CardNumber;

/** Production's account of a card's making: issued (printed), and later shipped and delivered. */
public sealed interface CardEvent extends Event permits CardIssued, CardShipped, CardDelivered, CardReplaced {

    CardNumber cardNumber();

    @Override
    default String partitionKey() {
        return cardNumber().value();
    }
}
