package no.hmskort.contracts.events.cardstatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A card's status is now {@code status} (VALID, INVALID, BLOCKED, EXPIRED), with the reasons when not
 * valid. Carries what a gate stores: chip UID, employer, expiry.
 */
@EventType(name = "CardStatusChanged", version = 1)
public record CardStatusChanged(
        CardNumber cardNumber,
        ChipUid chipUid,
        OrganisationNumber employer,
        String status,
        List<String> reasons,
        LocalDate expiresOn,
        Instant changedAt) implements CardStatusEvent {

    public CardStatusChanged {
        reasons = List.copyOf(reasons);
    }
}
