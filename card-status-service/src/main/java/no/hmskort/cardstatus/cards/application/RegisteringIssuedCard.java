package no.hmskort.cardstatus.cards.application;

import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.StatusLogEntry;
import no.hmskort.contracts.cards.CardStatus;
import org.springframework.stereotype.Service;

/** A printed card starts being tracked: its log begins, and it is judged against the registers at once. */
@Service
public class RegisteringIssuedCard {

    /** What registering came to. */
    public enum Outcome {
        /** Tracked now, or already (a redelivery), and judged. */
        REGISTERED,
        /** Its chip is already on another card: it is not stored, so never indexed, judged or answered for. */
        CHIP_ON_ANOTHER_CARD
    }

    private final Cards cards;
    private final EvaluatingCards evaluating;

    RegisteringIssuedCard(Cards cards, EvaluatingCards evaluating) {
        this.cards = cards;
        this.evaluating = evaluating;
    }

    /** A redelivery finds the card there and only indexes and judges it again, which changes nothing. */
    public Outcome register(IssuedCard issued) {
        String ordered = "ordered by " + issued.orderingUnit()
                + (issued.replacesCard() == null ? "" : ", replacing card " + issued.replacesCard())
                + (issued.freeOfCharge() ? ", free of charge" : "");
        Card card = new Card(issued.cardNumber(), issued.chipUid(), issued.orderingUnit(), issued.employer(),
                issued.employerName(), issued.cardType(), issued.holder(), issued.issuedOn(), issued.expiresOn(),
                CardStatus.ISSUED, List.of(), null, null, List.of(
                        new StatusLogEntry(issued.orderedAt(), "ORDERED", CardStatus.ISSUED, ordered),
                        new StatusLogEntry(issued.printedAt(), "PRINTED", CardStatus.ISSUED,
                                "printed, chip " + issued.chipUid())));
        if (!cards.insert(card) && !cards.exists(issued.cardNumber())) {
            return Outcome.CHIP_ON_ANOTHER_CARD;
        }
        cards.index(card);
        evaluating.evaluate(issued.cardNumber());
        return Outcome.REGISTERED;
    }
}
