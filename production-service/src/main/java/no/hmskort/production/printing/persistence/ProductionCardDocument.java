package no.hmskort.production.printing.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.AppliedEvents;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.production.printing.model.ProductionCard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
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
 * it are remembered, so a redelivered failure report does not use up a retry.
 */
@Document("production_cards")
@CompoundIndex(name = "chip_uid", def = "{'card.chipUid': 1}", unique = true, sparse = true)
public class ProductionCardDocument {

    @Id
    String lineId;
    @Version
    Long version;
    @Indexed(unique = true)
    String cardNumber;
    ProductionCard card;
    AppliedEvents applied = new AppliedEvents();
    /** Chips the partner reported for this card after it was printed: second physical cards to destroy. */
    List<StrayChip> strayChips = new ArrayList<>();
    List<OutboxMessage> outbox = new ArrayList<>();

    /** A chip reported for a card that already had one: the partner printed it twice. */
    public record StrayChip(ChipUid chipUid, String chipBatch, Instant reportedAt) {
    }

    static ProductionCardDocument of(ProductionCard card, List<OutboxMessage> events) {
        ProductionCardDocument document = new ProductionCardDocument();
        document.lineId = card.line().lineId().toString();
        document.cardNumber = card.cardNumber().value();
        document.card = card;
        document.outbox.addAll(events);
        return document;
    }

    public ProductionCard card() {
        return card;
    }

    public AppliedEvents applied() {
        return applied;
    }

    public List<StrayChip> strayChips() {
        return List.copyOf(strayChips);
    }

    /** Records a second chip reported for this printed card; the same chip again changes nothing. */
    public boolean strayChip(StrayChip chip) {
        if (chip.chipUid().equals(card.chipUid()) || strayChips.stream().anyMatch(c -> c.chipUid().equals(chip.chipUid()))) {
            return false;
        }
        strayChips.add(chip);
        return true;
    }

    public void change(ProductionCard card, List<OutboxMessage> events) {
        this.card = card;
        this.outbox.addAll(events);
    }
}
