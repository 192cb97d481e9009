package no.hmskort.contracts.events.cards;

import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;

/** The card left the printer partner in a shipment to the business's delivery address. */
@EventType(name = "CardShipped", version = 1)
public record CardShipped(CardNumber cardNumber, UUID shipmentId, LocalDate shippedOn) implements CardEvent {
}
