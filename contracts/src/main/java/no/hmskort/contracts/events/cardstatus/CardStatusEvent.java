package no.hmskort.contracts.events.cardstatus;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.CardNumber;

/** What access-control systems and site registers follow. */
public sealed interface CardStatusEvent extends Event permits CardStatusChanged {

    CardNumber cardNumber();

    @Override
    default String partitionKey() {
        return cardNumber().value();
    }
}
