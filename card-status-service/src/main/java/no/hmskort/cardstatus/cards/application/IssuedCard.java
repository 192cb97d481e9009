package no.hmskort.cardstatus.cards.application;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.cardstatus.cards.model.Holder;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A printed card to start tracking, as production reported it.
 *
 * @param orderedAt when the card was ordered
 * @param printedAt when production recorded the print
 * @param replacesCard the card this one replaces, or null
 * @param freeOfCharge an automatic replacement, billed to no one
 */
public record IssuedCard(CardNumber cardNumber, ChipUid chipUid, OrganisationNumber orderingUnit,
        OrganisationNumber employer, String employerName, String cardType, Holder holder, LocalDate issuedOn,
        LocalDate expiresOn, Instant orderedAt, Instant printedAt, CardNumber replacesCard, boolean freeOfCharge) {
}
