package no.hmskort.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.platform.messaging.OutboxMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Many writers on one document, through the MongoDB wire protocol. */
class VersionedStoreTest {

    private static EmbeddedMongo server;
    private static MongoTemplate mongo;

    @BeforeAll
    static void aStore() {
        server = EmbeddedMongo.inMemory();
        mongo = new MongoTemplate(MongoClients.create(server.uri()), "versioned-store-test");
        mongo.indexOps(TallyDocument.class).ensureIndex(new Index("code", Sort.Direction.ASC).unique().sparse());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private final List<Object> marked = new CopyOnWriteArrayList<>();
    private final List<Object> nudged = new CopyOnWriteArrayList<>();
    private final VersionedStore<Tally, TallyDocument> store = new VersionedStore<>(mongo,
            (collection, id) -> marked.add(id), (collection, id) -> nudged.add(id), TallyDocument.class, TallyDocument::new);

    @Test
    void writers_meeting_on_one_document_all_land_each_with_its_event_and_none_overwrites_another() throws Exception {
        String id = fresh();
        store.insert(new Tally(id, 0, List.of(), null), List.of());
        int writers = 8, each = 15;
        runTogether(writers, writer -> {
            for (int i = 0; i < each; i++) {
                String mark = writer + "-" + i;
                store.change(id, tally -> Change.to(tally.plus(mark), List.of(event(mark))));
            }
            return null;
        });

        Tally tally = store.find(id).orElseThrow();
        assertThat(tally.count()).isEqualTo(writers * each);
        assertThat(tally.marks()).hasSize(writers * each).doesNotHaveDuplicates();
        assertThat(outboxOf(id)).hasSize(writers * each);
        assertThat(nudged).filteredOn(id::equals).hasSize(writers * each);
        assertThat(marked).as("marked for the sweep before each save").filteredOn(id::equals)
                .hasSizeGreaterThanOrEqualTo(writers * each);
    }

    /**
     * Six writers creating and changing one document, thirty rounds: each change must be decided on the state
     * the one before it left. This found the embedded store answering a read with the very object a
     * concurrent write was changing (a document with the new version and the old fields), so that a save
     * on it passed the version check and dropped another writer's change; see OneWriterBackend.
     */
    @Test
    void writers_creating_and_changing_one_document_together_each_decide_on_the_state_the_last_one_left() throws Exception {
        for (int round = 0; round < 30; round++) {
            String id = fresh();
            List<Integer> decidedOn = new CopyOnWriteArrayList<>();
            runTogether(6, writer -> {
                for (int i = 0; i < 5; i++) {
                    String mark = writer + "-" + i;
                    decidedOn.add(store.changeOrCreate(id, () -> new Tally(id, 0, List.of(), null),
                            tally -> Change.to(tally.plus(mark), List.of(), tally.count())));
                }
                return null;
            });
            Tally tally = store.find(id).orElseThrow();
            assertThat(decidedOn).as("round %d: the count each landed change was decided on", round)
                    .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, 30).boxed().toList());
            assertThat(tally.marks()).hasSize(30).doesNotHaveDuplicates();
            assertThat(versionOf(id)).isEqualTo(29);
        }
    }

    @Test
    void a_decision_to_change_nothing_writes_nothing_and_nudges_no_one() {
        String id = fresh();
        store.insert(new Tally(id, 3, List.of("a"), null), List.of());
        long version = versionOf(id);

        String answer = store.change(id, tally -> Change.<Tally, String>none("already " + tally.count())).orElseThrow();
        Tally same = store.change(id, tally -> Change.toOrSame(tally, new Tally(id, 3, List.of("a"), null))).orElseThrow();

        assertThat(answer).isEqualTo("already 3");
        assertThat(same.count()).isEqualTo(3);
        assertThat(versionOf(id)).isEqualTo(version);
        assertThat(nudged).doesNotContain(id);
    }

    @Test
    void nothing_stored_under_an_id_means_no_decision_and_an_empty_answer() {
        AtomicInteger decided = new AtomicInteger();
        assertThat(store.change(fresh(), tally -> {
            decided.incrementAndGet();
            return Change.to(tally.plus("x"), List.of());
        })).isEmpty();
        assertThat(decided).hasValue(0);
    }

    @Test
    void twins_creating_the_same_document_at_once_create_it_once_and_both_changes_land() throws Exception {
        String id = fresh();
        int twins = 6;
        runTogether(twins, twin -> store.changeOrCreate(id, () -> new Tally(id, 0, List.of(), null),
                tally -> Change.to(tally.plus("twin-" + twin), List.of(event("twin-" + twin)))));

        assertThat(mongo.count(new Query(Criteria.where("_id").is(id)), TallyDocument.class)).isEqualTo(1);
        Tally tally = store.find(id).orElseThrow();
        assertThat(tally.count()).isEqualTo(twins);
        assertThat(outboxOf(id)).hasSize(twins);
    }

    @Test
    void a_second_insert_of_the_same_id_is_refused_with_an_empty_answer_and_the_first_stays() {
        String id = fresh();
        assertThat(store.insert(new Tally(id, 1, List.of("first"), null), List.of(event("first")))).isPresent();
        assertThat(store.insert(new Tally(id, 2, List.of("second"), null), List.of(event("second")))).isEmpty();

        assertThat(store.find(id).orElseThrow().marks()).containsExactly("first");
        assertThat(outboxOf(id)).hasSize(1);
        assertThat(nudged).containsOnlyOnce(id);
    }

    @Test
    void a_unique_key_taken_by_another_document_meanwhile_makes_it_decide_again_on_what_is_there_now() {
        String id = fresh(), rival = fresh(), wanted = "code-" + fresh();
        store.insert(new Tally(id, 0, List.of(), null), List.of());
        List<String> seen = new ArrayList<>();

        String got = store.change(id, tally -> {
            boolean taken = mongo.exists(new Query(Criteria.where("code").is(wanted)), TallyDocument.class);
            if (seen.isEmpty()) { // another writer takes the code between this decision and its save
                store.insert(new Tally(rival, 0, List.of(), wanted), List.of());
            }
            seen.add(taken ? "taken" : "free");
            String code = taken ? wanted + "-b" : wanted;
            return Change.to(tally.withCode(code), List.of(), code);
        }).orElseThrow();

        assertThat(seen).containsExactly("free", "taken");
        assertThat(got).isEqualTo(wanted + "-b");
        assertThat(store.find(id).orElseThrow().code()).isEqualTo(wanted + "-b");
    }

    @Test
    void a_document_that_keeps_changing_under_every_attempt_ends_in_a_concurrent_change_after_forty() {
        String id = fresh();
        store.insert(new Tally(id, 0, List.of(), null), List.of());
        AtomicInteger decided = new AtomicInteger();

        assertThatThrownBy(() -> store.change(id, tally -> {
            decided.incrementAndGet();
            mongo.updateFirst(new Query(Criteria.where("_id").is(id)),
                    new org.springframework.data.mongodb.core.query.Update().inc("version", 1), TallyDocument.class);
            return Change.to(tally.plus("never"), List.of(event("never")));
        })).isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("40 attempts");

        assertThat(decided).hasValue(VersionedStore.ATTEMPTS);
        assertThat(store.find(id).orElseThrow().marks()).isEmpty();
        assertThat(outboxOf(id)).isEmpty();
    }

    @Test
    void many_changed_at_once_each_with_its_event_the_unchanged_and_the_missing_left_alone() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(fresh() + "-" + i);
            store.insert(new Tally(ids.getLast(), i, List.of(), null), List.of());
        }
        String missing = fresh();
        List<String> asked = new ArrayList<>(ids);
        asked.add(missing);
        List<Integer> seen = new ArrayList<>();

        Map<Object, Integer> results = store.changeAll(asked, all -> {
            all.forEach(tally -> seen.add(tally.count()));
            return tally -> tally.count() % 2 == 0 ? Change.to(tally.plus("even"), List.of(event(tally.id())),
                    tally.count()) : Change.none(-1);
        });

        assertThat(seen).as("every stored one seen before any decision").hasSize(50);
        assertThat(results).hasSize(50).doesNotContainKey(missing);
        for (int i = 0; i < 50; i++) {
            Tally tally = store.find(ids.get(i)).orElseThrow();
            assertThat(tally.marks()).isEqualTo(i % 2 == 0 ? List.of("even") : List.of());
            assertThat(outboxOf(ids.get(i))).hasSize(i % 2 == 0 ? 1 : 0);
            assertThat(results.get(ids.get(i))).isEqualTo(i % 2 == 0 ? i : -1);
        }
        assertThat(nudged).containsExactlyInAnyOrderElementsOf(ids.stream().filter(id -> Integer.parseInt(
                id.substring(id.lastIndexOf('-') + 1)) % 2 == 0).toList());
    }

    @Test
    void one_of_many_that_another_writer_changed_meanwhile_is_decided_again_on_what_that_writer_left() {
        String first = fresh() + "-a";
        String second = fresh() + "-b";
        store.insert(new Tally(first, 0, List.of(), null), List.of());
        store.insert(new Tally(second, 0, List.of(), null), List.of());

        store.changeAll(List.of(first, second), all -> {
            store.change(second, tally -> Change.to(tally.plus("other writer"), List.of()));
            return tally -> Change.to(tally.plus("batch"), List.of(event(tally.id())));
        });

        assertThat(store.find(first).orElseThrow().marks()).containsExactly("batch");
        assertThat(store.find(second).orElseThrow().marks()).containsExactly("other writer", "batch");
        assertThat(outboxOf(second)).hasSize(1);
    }

    @Test
    void a_document_stored_before_versioning_is_adopted_in_place_by_writers_meeting_on_it() throws Exception {
        String id = fresh();
        mongo.getCollection("tallies").insertOne(new Document("_id", id).append("count", 3)
                .append("marks", List.of("a", "b", "c")));
        int writers = 4, each = 5;
        runTogether(writers, writer -> {
            for (int i = 0; i < each; i++) {
                String mark = writer + "-" + i;
                store.change(id, tally -> Change.to(tally.plus(mark), List.of(event(mark))));
            }
            return null;
        });

        assertThat(mongo.getCollection("tallies").countDocuments(new Document("_id", id))).isEqualTo(1);
        Tally tally = store.find(id).orElseThrow();
        assertThat(tally.count()).as("the old count kept and every change on top").isEqualTo(3 + writers * each);
        assertThat(tally.marks()).startsWith("a", "b", "c").hasSize(3 + writers * each).doesNotHaveDuplicates();
        assertThat(versionOf(id)).as("adopted as version 1, then one version per change").isEqualTo(writers * each);
        assertThat(outboxOf(id)).hasSize(writers * each);
    }

    @Test
    void a_document_stored_before_versioning_is_adopted_by_a_bulk_change_too() {
        String id = fresh();
        mongo.getCollection("tallies").insertOne(new Document("_id", id).append("count", 1).append("marks", List.of("a")));
        Map<Object, Tally> changed = store.changeAll(List.of(id),
                all -> tally -> Change.to(tally.plus("bulk"), List.of(event("bulk"))));
        assertThat(changed.get(id).marks()).containsExactly("a", "bulk");
        assertThat(store.find(id).orElseThrow().count()).isEqualTo(2);
        assertThat(versionOf(id)).isEqualTo(1);
    }

    private static <T> List<T> runTogether(int threads, Worker<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return work.run(n);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Worker<T> {
        T run(int n) throws Exception;
    }

    private static String fresh() {
        return "t-" + System.nanoTime();
    }

    private static OutboxMessage event(String mark) {
        return new OutboxMessage(mark + "-" + System.nanoTime(), "tallies", "Marked", mark, "{}", Instant.now(), null);
    }

    private static List<Document> outboxOf(String id) {
        Document raw = mongo.getCollection(mongo.getCollectionName(TallyDocument.class))
                .find(new Document("_id", id)).first();
        return raw.getList("outbox", Document.class);
    }

    private static long versionOf(String id) {
        return mongo.findById(id, TallyDocument.class).version;
    }

    record Tally(String id, int count, List<String> marks, String code) {
        Tally plus(String mark) {
            List<String> more = new ArrayList<>(marks);
            more.add(mark);
            return new Tally(id, count + 1, more, code);
        }

        Tally withCode(String newCode) {
            return new Tally(id, count, marks, newCode);
        }
    }

    @org.springframework.data.mongodb.core.mapping.Document("tallies")
    static class TallyDocument extends VersionedDocument<Tally> {
        @Id
        String id;
        int count;
        List<String> marks = new ArrayList<>();
        String code;

        TallyDocument() {
        }

        TallyDocument(Tally tally) {
            keep(tally);
        }

        @Override
        public Tally model() {
            return new Tally(id, count, List.copyOf(marks), code);
        }

        @Override
        protected void keep(Tally changed) {
            id = changed.id();
            count = changed.count();
            marks = new ArrayList<>(changed.marks());
            code = changed.code();
        }

        @Override
        public Object id() {
            return id;
        }
    }
}
