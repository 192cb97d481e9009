package no.hmskort.cardstatus.cards.application;

import java.time.Clock;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.CardStatus;
import no.hmskort.cardstatus.cards.persistence.CardDocument;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.contracts.events.cardstatus.CardStatusChanged;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/** A printed card starts being tracked, and access control is told its status. */
@Service
public class RegisteringIssuedCard {

    private final Cards cards;
    private final Outbox outbox;
    private final Clock clock;

    RegisteringIssuedCard(Cards cards, Outbox outbox, Clock clock) {
        this.cards = cards;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void apply(EventEnvelope<CardEvent> envelope) {
        if (!(envelope.data() instanceof CardIssued issued) || cards.find(issued.cardNumber()).isPresent()) {
            return;
        }
        Card card = new Card(issued.cardNumber(), issued.chipUid(), issued.orderingUnit(), issued.employer(),
                issued.employerName(), issued.cardType(), issued.holder(), issued.issuedOn(), issued.expiresOn(),
                CardStatus.VALID, List.of());
        cards.insert(CardDocument.of(card, List.of(outbox.message(Topics.CARD_STATUS,
                new CardStatusChanged(card.cardNumber(), card.chipUid(), card.employer(), card.status().name(),
                        card.reasons(), card.expiresOn(), clock.instant())))));
    }
}
