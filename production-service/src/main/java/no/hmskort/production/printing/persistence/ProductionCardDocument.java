package no.hmskort.production.printing.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.hmskort.platform.messaging.AppliedEvents;
import no.hmskort.platform.store.VersionedDocument;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.StrayChip;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A card in production, keyed by the production line it is made from: a redelivered order line (or a
 * second recall of the same old card) finds its card already there. The card number has a unique
 * index: a random number that is taken is drawn again. So has the chip a printed card carries (a gate
 * knows a card by its chip alone): of two reports racing to put one chip on two cards, the store lets one
 * save win. The index is sparse, as a card waiting for its print has no chip yet (the field is left out,
 * not written as null); both MongoDB and the embedded store honour that. The printer's reports applied to
 * it are remembered (the latest {@link AppliedEvents} holds), so a redelivered failure report does not use
 * up a retry.
 */
@Document("production_cards")
@CompoundIndex(name = "chip_uid", def = "{'card.chipUid': 1}", unique = true, sparse = true)
public class ProductionCardDocument extends VersionedDocument<CardRecord> {

    @Id
    String lineId;
    @Indexed(unique = true)
    String cardNumber;
    ProductionCard card;
    AppliedEvents applied = new AppliedEvents();
    /** Chips the partner reported for this card after it was printed: second physical cards to destroy. */
    List<StrayChip> strayChips = new ArrayList<>();

    ProductionCardDocument() {
    }

    ProductionCardDocument(CardRecord record) {
        keep(record);
    }

    @Override
    public CardRecord model() {
        return new CardRecord(card, strayChips, applied.getIds().stream().map(UUID::fromString).toList());
    }

    @Override
    protected void keep(CardRecord changed) {
        lineId = changed.card().line().lineId().toString();
        cardNumber = changed.card().cardNumber().value();
        card = changed.card();
        strayChips = new ArrayList<>(changed.strayChips());
        changed.appliedReports().forEach(applied::remember);
    }

    @Override
    public Object id() {
        return lineId;
    }

    public ProductionCard card() {
        return card;
    }
}
