package no.hmskort.production.recall.model;

import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.production.printing.model.ProductionCard;

/**
 * Which chips are defective: exactly one of a chip manufacturer's batch, a range of chip UIDs (inclusive,
 * of one length), or a list of cards.
 */
public record RecallCriteria(String chipBatch, ChipUid uidFrom, ChipUid uidTo, List<CardNumber> cards) {

    public RecallCriteria {
        cards = cards == null ? List.of() : List.copyOf(cards);
        int kinds = (chipBatch != null ? 1 : 0) + (uidFrom != null || uidTo != null ? 1 : 0) + (cards.isEmpty() ? 0 : 1);
        if (kinds != 1) {
            throw new IllegalArgumentException("name exactly one of a chip batch, a UID range or a list of cards");
        }
        if (chipBatch != null && chipBatch.isBlank()) {
            throw new IllegalArgumentException("the chip batch is blank");
        }
        if ((uidFrom == null) != (uidTo == null)) {
            throw new IllegalArgumentException("a UID range needs both ends");
        }
        if (uidFrom != null && (uidFrom.value().length() != uidTo.value().length()
                || uidFrom.value().compareTo(uidTo.value()) > 0)) {
            throw new IllegalArgumentException("a UID range runs from the lower to the higher UID of one length");
        }
    }

    public static RecallCriteria batch(String batch) {
        return new RecallCriteria(batch, null, null, List.of());
    }

    public static RecallCriteria uidRange(ChipUid from, ChipUid to) {
        return new RecallCriteria(null, from, to, List.of());
    }

    public static RecallCriteria cardList(List<CardNumber> cards) {
        return new RecallCriteria(null, null, null, cards);
    }

    /** The same rule the store's query applies, for one card. */
    public boolean matches(ProductionCard card) {
        if (chipBatch != null) {
            return chipBatch.equals(card.chipBatch());
        }
        if (uidFrom != null) {
            String uid = card.chipUid() == null ? null : card.chipUid().value();
            return uid != null && uid.length() == uidFrom.value().length() && uid.compareTo(uidFrom.value()) >= 0
                    && uid.compareTo(uidTo.value()) <= 0;
        }
        return cards.contains(card.cardNumber());
    }
}
