package no.hmskort.contracts.events.cards;

import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;

/** The shipment with the card reached the delivery address. */
@EventType(name = "CardDelivered", version = 1)
public record CardDelivered(CardNumber cardNumber, UUID shipmentId, LocalDate deliveredOn) implements CardEvent {
}
