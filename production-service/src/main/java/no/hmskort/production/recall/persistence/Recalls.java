package no.hmskort.production.recall.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.production.recall.model.Recall;
import no.hmskort.production.recall.model.RecallCriteria;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Recalls and their progress, one document each, saved after every page. Versioned: a run on a replica that
 * lost the recall's lease cannot overwrite the progress of the replica that took over.
 */
@Component
public class Recalls {

    private final MongoTemplate mongo;

    Recalls(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Document("recalls")
    record RecallDocument(@Id String id, @Version Long version, Recall recall) {
    }

    /** A recall as stored, with the version it was read at. */
    public record Tracked(Recall recall, Long version) {

        public Tracked with(Recall changed) {
            return new Tracked(changed, version);
        }
    }

    /** Stores a new recall. */
    public void save(Recall recall) {
        mongo.insert(new RecallDocument(recall.id().toString(), null, recall));
    }

    /** Saves its progress if nobody else saved since it was read (else {@code OptimisticLockingFailureException}). */
    public Tracked save(Tracked tracked) {
        RecallDocument saved = mongo.save(new RecallDocument(tracked.recall().id().toString(), tracked.version(),
                tracked.recall()));
        return new Tracked(saved.recall(), saved.version());
    }

    public Optional<Recall> find(UUID id) {
        return track(id).map(Tracked::recall);
    }

    public Optional<Tracked> track(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), RecallDocument.class))
                .map(d -> new Tracked(d.recall(), d.version()));
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
