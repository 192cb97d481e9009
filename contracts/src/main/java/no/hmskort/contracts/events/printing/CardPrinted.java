package no.hmskort.contracts.events.printing;

import java.time.Instant;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;

/**
 * The partner printed the card and read the UID of the chip it carries.
 *
 * @param chipBatch the chip manufacturer's batch the chip came from (what a chip-defect recall names), or
 *     null when the partner does not know it
 */
@EventType(name = "CardPrinted", version = 1)
public record CardPrinted(CardNumber cardNumber, ChipUid chipUid, String chipBatch, Instant printedAt)
        implements PrinterReport {

    @Override
    public String partitionKey() {
        return cardNumber.value();
    }
}
