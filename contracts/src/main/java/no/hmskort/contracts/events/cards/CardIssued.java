package no.hmskort.contracts.events.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A card exists: printed, with its chip. Card status starts tracking its validity; order-service marks
 * the line printed and deletes the ID copy. Billing charges cards when they are shipped
 * ({@code ShipmentSent}), not here.
 *
 * @param orderLineId the production line the card was made for: the order line, or for an automatic
 *     replacement a line production made itself
 * @param replacesCard the card this one replaces (a lost card's reorder, a renewal, or a chip-defect recall), or null
 * @param freeOfCharge true for automatic replacements (chip-defect recalls): neither card nor postage is billed
 */
@EventType(name = "CardIssued", version = 1)
public record CardIssued(
        CardNumber cardNumber,
        ChipUid chipUid,
        UUID orderId,
        UUID orderLineId,
        OrganisationNumber orderingUnit,
        OrganisationNumber employer,
        String employerName,
        String cardType,
        CardHolder holder,
        LocalDate issuedOn,
        LocalDate expiresOn,
        Instant orderedAt,
        CardNumber replacesCard,
        boolean freeOfCharge) implements CardEvent {
}
