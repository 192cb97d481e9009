package no.hmskort.cardstatus.cards.application;

import java.time.Instant;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.CardStatus;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.platform.messaging.PoisonMessageException;
import org.springframework.stereotype.Service;

/** A printed card starts being tracked: its log begins, and it is judged against the registers at once. */
@Service
public class RegisteringIssuedCard {

    private final Cards cards;
    private final EvaluatingCards evaluating;

    RegisteringIssuedCard(Cards cards, EvaluatingCards evaluating) {
        this.cards = cards;
        this.evaluating = evaluating;
    }

    /**
     * A redelivery finds the card there and only indexes and judges it again, which changes nothing. A card
     * whose chip is already on another card is refused (dead-lettered with the reason): it is not stored, so
     * it is never indexed, judged or answered for.
     *
     * @param printedAt when production recorded the print (the event's time)
     */
    public void apply(CardIssued issued, Instant printedAt) {
        String ordered = "ordered by " + issued.orderingUnit()
                + (issued.replacesCard() == null ? "" : ", replacing card " + issued.replacesCard())
                + (issued.freeOfCharge() ? ", free of charge" : "");
        Card card = new Card(issued.cardNumber(), issued.chipUid(), issued.orderingUnit(), issued.employer(),
                issued.employerName(), issued.cardType(), issued.holder(), issued.issuedOn(), issued.expiresOn(),
                CardStatus.ISSUED, List.of(), null, null, List.of(
                        new StatusLogEntry(issued.orderedAt(), "ORDERED", CardStatus.ISSUED, ordered),
                        new StatusLogEntry(printedAt, "PRINTED", CardStatus.ISSUED, "printed, chip " + issued.chipUid())));
        if (!cards.insert(CardDocument.of(card)) && !cards.exists(issued.cardNumber())) {
            throw new PoisonMessageException("card " + issued.cardNumber() + " has a chip that is already on another card");
        }
        cards.index(card);
        evaluating.evaluate(issued.cardNumber());
    }
}
