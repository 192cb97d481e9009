package no.hmskort.cardstatus.cards.model;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * An issued card and its current status.
 *
 * @param reasons why it is not valid, in words the employer can act on; empty when valid
 */
public record Card(CardNumber cardNumber, ChipUid chipUid, OrganisationNumber orderingUnit, OrganisationNumber employer,
        String employerName, String cardType, CardHolder holder, LocalDate issuedOn, LocalDate expiresOn,
        CardStatus status, List<String> reasons) {

    public Card {
        reasons = List.copyOf(reasons);
    }
}
