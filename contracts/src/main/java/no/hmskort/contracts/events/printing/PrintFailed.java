package no.hmskort.contracts.events.printing;

import java.time.Instant;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;

/** The partner could not print the card. */
@EventType(name = "PrintFailed", version = 1)
public record PrintFailed(CardNumber cardNumber, String reason, Instant failedAt) implements PrinterReport {

    @Override
    public String partitionKey() {
        return cardNumber.value();
    }
}
