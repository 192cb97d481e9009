package no.hmskort.cardstatus.cards.persistence;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A card, keyed by its number, with the events its changes imply. */
@Document("cards")
public class CardDocument {

    @Id
    String cardNumber;
    @Version
    Long version;
    @Indexed(unique = true, sparse = true)
    String chipUid;
    Card card;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static CardDocument of(Card card, List<OutboxMessage> events) {
        CardDocument document = new CardDocument();
        document.cardNumber = card.cardNumber().value();
        document.chipUid = card.chipUid() == null ? null : card.chipUid().value();
        document.card = card;
        document.outbox.addAll(events);
        return document;
    }

    public Card card() {
        return card;
    }
}
