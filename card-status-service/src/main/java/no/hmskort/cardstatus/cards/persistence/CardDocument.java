package no.hmskort.cardstatus.cards.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card, keyed by its number, with the fields it is looked up by (chip, employer, ordering unit, holder
 * pseudonym, name for search) and the events its changes imply.
 */
@Document("cards")
public class CardDocument {

    @Id
    String cardNumber;
    @Version
    Long version;
    @Indexed(unique = true, sparse = true)
    String chipUid;
    @Indexed
    String employer;
    @Indexed
    String orderingUnit;
    @Indexed
    String holderKey;
    String holderName;
    String status;
    Card card;
    List<OutboxMessage> outbox = new ArrayList<>();

    public static CardDocument of(Card card) {
        CardDocument document = new CardDocument();
        document.cardNumber = card.cardNumber().value();
        document.chipUid = card.chipUid() == null ? null : card.chipUid().value();
        document.employer = card.employer().value();
        document.orderingUnit = card.orderingUnit().value();
        document.holderKey = card.holder().person().pseudonym();
        document.holderName = card.holder().name().toLowerCase(Locale.ROOT);
        document.card = card;
        document.status = card.status().name();
        return document;
    }

    public Card card() {
        return card;
    }

    /** The card's new state, and the events it implies, for the next save. */
    public void change(Card changed, List<OutboxMessage> events) {
        card = changed;
        status = changed.status().name();
        outbox.addAll(events);
    }
}
