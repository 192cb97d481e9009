package no.hmskort.contracts.events.printing;

import java.time.Instant;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;

/** The partner printed the card and read the UID of the chip it carries. */
@EventType(name = "CardPrinted", version = 1)
public record CardPrinted(CardNumber cardNumber, ChipUid chipUid, Instant printedAt) implements PrinterReport {
}
