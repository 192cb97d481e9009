package no.hmskort.platform.mongo;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationListener;
import org.springframework.data.mapping.context.MappingContextEvent;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * An optimistic-locking save ({@code @Version}) updates by {@code {_id, version}}. MongoDB answers that
 * from its {@code _id} index; the embedded store (mongo-java-server) uses an index only for a query on
 * exactly the index's fields, so without help every such save scans the whole collection, and judging
 * every card of a big business grows with the square of the number of cards. On the embedded store
 * only, this gives each versioned collection a unique index on {@code (_id, version)}, which that store
 * can use. Real MongoDB is left as it is.
 */
public class VersionedSaveIndexes implements SmartInitializingSingleton,
        ApplicationListener<MappingContextEvent<?, ?>> {

    private static final Logger log = LoggerFactory.getLogger(VersionedSaveIndexes.class);

    private final ObjectProvider<MongoTemplate> template;
    private volatile MongoTemplate mongo;
    private volatile Boolean embedded;

    /** Lazily: as a listener of the mapping context this is made before the template that needs the context. */
    public VersionedSaveIndexes(ObjectProvider<MongoTemplate> template) {
        this.template = template;
    }

    /** The entities known at start. */
    @Override
    public void afterSingletonsInstantiated() {
        mongo = template.getObject();
        mongo.getConverter().getMappingContext().getPersistentEntities().forEach(this::index);
    }

    /** Entities the mapping meets later (a class first saved after start), before their first save. */
    @Override
    public void onApplicationEvent(MappingContextEvent<?, ?> event) {
        if (mongo != null && event.getPersistentEntity() instanceof MongoPersistentEntity<?> entity) {
            index(entity);
        }
    }

    private void index(MongoPersistentEntity<?> entity) {
        if (!entity.hasVersionProperty()
                || !entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)
                || !isEmbeddedStore()) {
            return;
        }
        String version = entity.getRequiredVersionProperty().getFieldName();
        mongo.indexOps(entity.getCollection()).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on(version, Sort.Direction.ASC).unique().named("_id_version"));
        log.debug("Index on (_id, {}) for versioned saves in {}", version, entity.getCollection());
    }

    private boolean isEmbeddedStore() {
        if (embedded == null) {
            embedded = isEmbeddedStore(mongo);
        }
        return embedded;
    }

    /**
     * Whether the store is the embedded one: its {@code serverStatus} names the process {@code java}, where
     * MongoDB names {@code mongod} (or refuses a user without monitoring rights).
     */
    public static boolean isEmbeddedStore(MongoTemplate mongo) {
        try {
            return "java".equals(mongo.executeCommand(new Document("serverStatus", 1)).getString("process"));
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
