package no.hmskort.production.recall.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.store.VersionedStore;
import no.hmskort.production.recall.application.Recalls;
import no.hmskort.production.recall.model.Recall;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Recalls in MongoDB, one document each, changed through the versioned store. */
@Component
class MongoRecalls implements Recalls {

    private final MongoTemplate mongo;
    private final VersionedStore<Recall, RecallDocument> store;

    MongoRecalls(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = new VersionedStore<>(mongo, relay, RecallDocument.class, RecallDocument::new);
    }

    @Override
    public void insert(Recall recall) {
        if (store.insert(recall, List.of()).isEmpty()) {
            throw new IllegalStateException("recall " + recall.id() + " exists already");
        }
    }

    @Override
    public Optional<Recall> find(UUID id) {
        return store.find(id.toString());
    }

    @Override
    public List<Recall> unfinished() {
        return mongo.find(new Query(Criteria.where("recall.finishedAt").is(null)), RecallDocument.class).stream()
                .map(RecallDocument::model).toList();
    }

    @Override
    public <R> Optional<R> change(UUID id, Function<Recall, Change<Recall, R>> decide) {
        return store.change(id.toString(), decide);
    }
}
