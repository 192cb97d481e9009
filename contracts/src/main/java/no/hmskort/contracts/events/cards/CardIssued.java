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
 * A card exists: printed, with its chip. Card status starts tracking its validity; billing charges it at
 * the price in force when it was ordered ({@code orderedAt}).
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
        Instant orderedAt) implements CardEvent {
}
