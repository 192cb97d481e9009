package no.hmskort.production.recall.application;

import java.util.List;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.recall.model.RecallCriteria;

/** The cards a recall visits, a page at a time in card-number order. */
public interface RecalledCards {

    /**
     * The next page of cards the store finds for {@code criteria} after {@code afterNumber}. For a UID range
     * the store's range is a string range that also holds UIDs of other lengths: the recall filters each page
     * with {@link RecallCriteria#matches}.
     */
    List<ProductionCard> page(RecallCriteria criteria, String afterNumber, int size);
}
