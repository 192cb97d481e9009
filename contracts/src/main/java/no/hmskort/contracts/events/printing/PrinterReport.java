package no.hmskort.contracts.events.printing;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.CardNumber;

/** What the printer partner reports back for a print job. */
public sealed interface PrinterReport extends Event permits CardPrinted, PrintFailed {

    CardNumber cardNumber();

    @Override
    default String partitionKey() {
        return cardNumber().value();
    }
}
