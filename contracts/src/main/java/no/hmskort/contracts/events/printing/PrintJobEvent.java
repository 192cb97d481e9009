package no.hmskort.contracts.events.printing;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.CardNumber;

/** What the printer partner receives. */
public sealed interface PrintJobEvent extends Event permits PrintJobIssued {

    CardNumber cardNumber();

    @Override
    default String partitionKey() {
        return cardNumber().value();
    }
}
