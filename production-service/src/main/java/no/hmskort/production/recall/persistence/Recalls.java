package no.hmskort.production.recall.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.production.recall.model.Recall;
import no.hmskort.production.recall.model.RecallCriteria;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Recalls and their progress, one document each, saved after every page. */
@Component
public class Recalls {

    private final MongoTemplate mongo;

    Recalls(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("recalls")
    record RecallDocument(@Id String id, Recall recall) {
    }

    public void save(Recall recall) {
        mongo.save(new RecallDocument(recall.id().toString(), recall));
    }

    public Optional<Recall> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), RecallDocument.class)).map(RecallDocument::recall);
    }

    public List<Recall> unfinished() {
        return mongo.find(new Query(Criteria.where("recall.finishedAt").is(null)), RecallDocument.class).stream()
                .map(RecallDocument::recall).toList();
    }

    /**
     * The store's form of {@link RecallCriteria#matches}, for a UID range a string range that also holds
     * longer UIDs: the recall filters each page with {@link RecallCriteria#matches}.
     */
    public static Criteria matching(RecallCriteria criteria) {
        if (criteria.chipBatch() != null) {
            return Criteria.where("card.chipBatch").is(criteria.chipBatch());
        }
        if (criteria.uidFrom() != null) {
            return Criteria.where("card.chipUid").gte(criteria.uidFrom().value()).lte(criteria.uidTo().value());
        }
        return Criteria.where("cardNumber").in(criteria.cards().stream().map(c -> c.value()).toList());
    }
}
