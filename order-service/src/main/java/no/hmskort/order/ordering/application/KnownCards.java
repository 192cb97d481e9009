package no.hmskort.order.ordering.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.DuplicateRule.CardOnRecord;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;

/**
 * The cards made from our lines, as production and card status report them: which line a card belongs to,
 * and its status (for the duplicate rule and reorders).
 */
public interface KnownCards {

    /** The line a card was made for. */
    record CardLine(OrderId orderId, LineId lineId) {
    }

    /** A card issued for a line; its status stays what card status said, if it spoke first. */
    record Issued(CardNumber card, OrderId orderId, LineId lineId, OrganisationNumber employer, PersonId holder,
            CardType cardType, LocalDate expiresOn) {
    }

    void issued(Issued card);

    Optional<CardStatus> status(CardNumber card);

    void status(CardNumber card, CardStatus status);

    Optional<CardLine> lineOf(CardNumber card);

    /** Every card on record for the person at the business (any type). */
    List<CardOnRecord> of(PersonId holder, OrganisationNumber employer);
}
