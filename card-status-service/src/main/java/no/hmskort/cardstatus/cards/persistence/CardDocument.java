package no.hmskort.cardstatus.cards.persistence;

import java.util.Locale;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card, keyed by its number, with the fields it is looked up by (chip, employer, ordering unit, holder
 * pseudonym, name for search, status) and the events its changes imply.
 */
@Document("cards")
public class CardDocument extends VersionedDocument<Card> {

    @Id
    String cardNumber;
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

    /** A new card's document, not yet stored. */
    public static CardDocument of(Card card) {
        CardDocument document = new CardDocument();
        document.cardNumber = card.cardNumber().value();
        document.chipUid = card.chipUid() == null ? null : card.chipUid().value();
        document.employer = card.employer().value();
        document.orderingUnit = card.orderingUnit().value();
        document.holderKey = card.holder().person().pseudonym();
        document.holderName = card.holder().name().toLowerCase(Locale.ROOT);
        document.keep(card);
        return document;
    }

    @Override
    public Card model() {
        return card;
    }

    /** Only the card and its status change after issue; the keys it is looked up by stay as issued. */
    @Override
    protected void keep(Card changed) {
        card = changed;
        status = changed.status().name();
    }

    @Override
    public Object id() {
        return cardNumber;
    }
}
