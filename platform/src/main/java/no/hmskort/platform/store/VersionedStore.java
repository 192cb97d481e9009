package no.hmskort.platform.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The one way a stored model changes: load it, let the use case decide on it, save the decision with the
 * version check and its events in the same single-document write, nudge the outbox relay, and hand back the
 * use case's result. Another writer coming first (a version conflict, or a unique index taken meanwhile)
 * makes it load again and ask again, after a jittered pause, up to {@link #ATTEMPTS} times; then it gives up
 * with a {@link ConcurrentChangeException}. A document stored before its collection was versioned (no
 * {@code version} field) is adopted by its first change: written in place as version 1, only if it still has
 * no version, so two replicas adopting it at once both land, one after the other.
 *
 * <p>One instance per stored model, made in the service's persistence room.
 *
 * @param <M> the model
 * @param <D> its document
 */
public final class VersionedStore<M, D extends VersionedDocument<M>> {

    /** Many writers may meet on one document (holder, orderer, production, registers). */
    static final int ATTEMPTS = 40;

    private final MongoTemplate mongo;
    private final BiConsumer<String, Object> expect;
    private final BiConsumer<String, Object> nudge;
    private final Class<D> type;
    private final Function<M, D> newDocument;
    private final String collection;

    /**
     * @param newDocument a fresh document for a model not yet stored (its version null)
     */
    public VersionedStore(MongoTemplate mongo, OutboxRelay relay, Class<D> type, Function<M, D> newDocument) {
        this(mongo, relay::expect, relay::nudge, type, newDocument);
    }

    /**
     * @param expect marks, before the save, a document that will have events to publish (collection, id)
     * @param nudge tells the outbox relay that a document has events to publish (collection, id)
     */
    VersionedStore(MongoTemplate mongo, BiConsumer<String, Object> expect, BiConsumer<String, Object> nudge,
            Class<D> type, Function<M, D> newDocument) {
        this.mongo = mongo;
        this.expect = expect;
        this.nudge = nudge;
        this.type = type;
        this.newDocument = newDocument;
        this.collection = mongo.getCollectionName(type);
    }

    public Optional<M> find(Object id) {
        return Optional.ofNullable(mongo.findById(id, type)).map(VersionedDocument::model);
    }

    /**
     * Changes the model stored under {@code id} as {@code decide} says; empty when nothing is stored there
     * (nothing is decided then).
     */
    public <R> Optional<R> change(Object id, Function<M, Change<M, R>> decide) {
        return Optional.ofNullable(attempt(id, () -> stored(mongo.findById(id, type)), decide)).map(Change::result);
    }

    /** The models stored under {@code ids}, read in one query, by id; ids with nothing stored are left out. */
    public Map<Object, M> findAll(Collection<?> ids) {
        Map<Object, M> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(ids)), type).forEach(d -> found.put(d.id(), d.model()));
        }
        return found;
    }

    /**
     * Changes each model stored under {@code ids} as the decision says, for many at once: the models are read in
     * one query, {@code decideFor} sees all of them before deciding on each (to read what they share in one
     * go), and the changed ones are written in one bulk with the version check, each with its events. One
     * that another writer changed meanwhile is changed alone, as {@link #change} does. Results by id; ids with
     * nothing stored are left out.
     */
    public <R> Map<Object, R> changeAll(Collection<?> ids, Function<List<M>, Function<M, Change<M, R>>> decideFor) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<D> documents = mongo.find(new Query(Criteria.where("_id").in(ids)), type);
        Function<M, Change<M, R>> decide = decideFor.apply(documents.stream().map(VersionedDocument::model).toList());
        Map<Object, R> results = new LinkedHashMap<>();
        Map<Object, Long> expected = new LinkedHashMap<>();
        List<D> written = new ArrayList<>();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        for (D document : documents) {
            Change<M, R> change = decide.apply(document.model());
            results.put(document.id(), change.result());
            if (!change.writes()) {
                continue;
            }
            if (document.version == null) { // stored before versioning: adopted alone
                change(document.id(), decide).ifPresent(result -> results.put(document.id(), result));
                continue;
            }
            long version = document.version;
            document.change(change.changed(), change.events());
            expect(document);
            document.version = version + 1;
            org.bson.Document replacement = new org.bson.Document();
            mongo.getConverter().write(document, replacement);
            bulk.replaceOne(new Query(Criteria.where("_id").is(document.id()).and("version").is(version)), replacement);
            expected.put(document.id(), version + 1);
            written.add(document);
        }
        if (!written.isEmpty() && bulk.execute().getMatchedCount() < written.size()) {
            // Some met another writer. Those whose stored version and model are not what was written are
            // decided again alone; one the other writer left exactly as decided here needs nothing more.
            Map<Object, D> stored = new LinkedHashMap<>();
            mongo.find(new Query(Criteria.where("_id").in(expected.keySet())), type).forEach(d -> stored.put(d.id(), d));
            for (D mine : List.copyOf(written)) {
                D now = stored.get(mine.id());
                if (now == null || !expected.get(mine.id()).equals(now.version) || !mine.model().equals(now.model())) {
                    written.remove(mine);
                    change(mine.id(), decide).ifPresentOrElse(result -> results.put(mine.id(), result),
                            () -> results.remove(mine.id()));
                }
            }
        }
        written.forEach(this::nudge);
        return results;
    }

    /**
     * Changes the model stored under {@code id}, or the one {@code absent} makes when nothing is stored yet
     * (then inserted; a twin inserted meanwhile makes it load that and decide again).
     */
    public <R> R changeOrCreate(Object id, Supplier<M> absent, Function<M, Change<M, R>> decide) {
        return attempt(id, () -> {
            D found = mongo.findById(id, type);
            return found != null ? new Loaded<>(found, true) : new Loaded<>(newDocument.apply(absent.get()), false);
        }, decide).result();
    }

    /**
     * Stores a new model with its events; empty when a document with its id (or another unique key of it)
     * is already there: a redelivery or a concurrent twin, for the caller to judge.
     */
    public Optional<M> insert(M model, List<OutboxMessage> events) {
        D document = newDocument.apply(model);
        document.change(model, events);
        expect(document);
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        nudge(document);
        return Optional.of(model);
    }

    /** A document to decide on, and whether it came from the store (else it is new, to insert). */
    private record Loaded<D>(D document, boolean stored) {
    }

    private Loaded<D> stored(D found) {
        return found == null ? null : new Loaded<>(found, true);
    }

    /** The change decided and written; null when nothing is stored under the id. */
    private <R> Change<M, R> attempt(Object id, Supplier<Loaded<D>> load, Function<M, Change<M, R>> decide) {
        for (int attempt = 1; ; attempt++) {
            Loaded<D> loaded = load.get();
            if (loaded == null) {
                return null;
            }
            D document = loaded.document();
            Change<M, R> change = decide.apply(document.model());
            if (!change.writes()) {
                return change;
            }
            document.change(change.changed(), change.events());
            expect(document);
            try {
                if (!loaded.stored()) {
                    mongo.insert(document);
                } else if (document.version == null) {
                    adopt(document);
                } else {
                    mongo.save(document);
                }
                nudge(document);
                return change;
            } catch (OptimisticLockingFailureException | DuplicateKeyException conflict) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChangeException(collection + " " + id, ATTEMPTS);
                }
                pause(attempt);
            }
        }
    }

    /**
     * Writes a document stored before versioning in place as version 1, only while it still has no version;
     * another writer that adopted it first is a conflict like any other.
     */
    private void adopt(D document) {
        document.version = 1L;
        org.bson.Document replacement = new org.bson.Document();
        mongo.getConverter().write(document, replacement);
        Query unversioned = new Query(Criteria.where("_id").is(document.id()).and("version").exists(false));
        if (mongo.getCollection(collection).replaceOne(unversioned.getQueryObject(), replacement).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException(collection + " " + document.id() + " was adopted by another writer");
        }
    }

    private void expect(D document) {
        if (document.hasPendingEvents()) {
            expect.accept(collection, document.id());
        }
    }

    private void nudge(D document) {
        if (document.hasPendingEvents()) {
            nudge.accept(collection, document.id());
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 1L << Math.min(attempt, 7)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a concurrent change", interrupted);
        }
    }
}
