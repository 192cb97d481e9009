package no.hmskort.production.recall.persistence;

import java.util.List;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.persistence.ProductionCardDocument;
import no.hmskort.production.recall.application.RecalledCards;
import no.hmskort.production.recall.model.RecallCriteria;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A recall's criteria as a query on the cards in production. */
@Component
class MongoRecalledCards implements RecalledCards {

    private final MongoTemplate mongo;

    MongoRecalledCards(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<ProductionCard> page(RecallCriteria criteria, String afterNumber, int size) {
        Query query = new Query(new Criteria().andOperator(matching(criteria), Criteria.where("cardNumber").gt(afterNumber)))
                .with(Sort.by("cardNumber")).limit(size);
        return mongo.find(query, ProductionCardDocument.class).stream().map(ProductionCardDocument::card).toList();
    }

    /** The store's form of {@link RecallCriteria#matches}; for a UID range a string range that also holds longer UIDs. */
    static Criteria matching(RecallCriteria criteria) {
        if (criteria.chipBatch() != null) {
            return Criteria.where("card.chipBatch").is(criteria.chipBatch());
        }
        if (criteria.uidFrom() != null) {
            return Criteria.where("card.chipUid").gte(criteria.uidFrom().value()).lte(criteria.uidTo().value());
        }
        return Criteria.where("cardNumber").in(criteria.cards().stream().map(c -> c.value()).toList());
    }
}
