package no.hmskort.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.metrics.Recent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox messages to Kafka and removes each from its document once the broker has
 * acknowledged it. A crash between the two publishes the message again on restart: at least once,
 * which consumers absorb by de-duplicating on the event id.
 *
 * <p>Runs on its own thread. A store that saved a document with outbox messages names it
 * ({@link #nudge(String, Object)}), and the relay drains exactly that document at once, by its id. Every
 * {@code sweepInterval} it also sweeps each collection for documents with pending messages, so nothing
 * waits for a nudge that never came (a crash, another instance). Of a service's replicas only the holder
 * of the {@code outbox-sweep} lease sweeps, so N replicas do not sweep N times.
 *
 * <p>The sweep reads marks, not the collections: before a document is saved with outbox messages, its store
 * leaves a mark in {@code outbox_marks} ({@link #expect}); the sweep drains each marked document and removes
 * the mark once the document's outbox is empty and nobody marked it again meanwhile. A sweep costs what is
 * pending, not what is stored (a scan of 100,000 cards every ten seconds held the embedded store's read lock
 * most of the time, issue 14). Only the first sweep after start also queries every collection for
 * {@code outbox.0}, for documents saved before marks existed.
 *
 * <p>Two gauges tell an operator whether events are leaving: {@code hmskort.outbox.backlog}, the documents marked
 * and not yet swept clean, and {@code hmskort.outbox.oldest.pending.age}, how long the oldest of them has been
 * waiting. Both are read from the store, so every replica reports the same figures. A mark outlives its
 * published events until the next sweep, so both are upper bounds by at most one sweep interval; when Kafka is
 * unreachable they grow without bound, which is what the alert on them waits for.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    public static final String SWEEP_LEASE = "outbox-sweep";
    static final String MARKS = "outbox_marks";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<OutboxSource> sources;
    private final Duration sweepInterval;
    private final Counter published;
    private final Leases leases;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final java.util.Queue<Pending> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean nudged;
    private volatile long nextSweep;
    private volatile boolean scanned;
    private volatile Thread worker;
    private final Recent<Backlog> backlog;

    /** What the marks say: how many documents wait, and how long the oldest has. */
    private record Backlog(long documents, double oldestSeconds) {
    }

    /** Scrapes come every 15 to 30 s; a figure 5 s old is fresh enough and spares the store. */
    static final Duration BACKLOG_FRESH = Duration.ofSeconds(5);

    private record Pending(String collection, Object id) {
    }

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<OutboxSource> sources,
            Duration sweepInterval, MeterRegistry meters, Leases leases) {
        this(mongo, kafka, sources, sweepInterval, meters, leases, BACKLOG_FRESH);
    }

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<OutboxSource> sources,
            Duration sweepInterval, MeterRegistry meters, Leases leases, Duration backlogFresh) {
        this.backlog = new Recent<>(backlogFresh, this::readBacklog);
        this.mongo = mongo;
        this.leases = leases;
        this.kafka = kafka;
        this.sources = List.copyOf(sources);
        this.sweepInterval = sweepInterval;
        this.published = Counter.builder("hmskort.outbox.published").description("events published from outboxes")
                .register(meters);
        Gauge.builder("hmskort.outbox.backlog", this, relay -> relay.backlog.get().documents())
                .description("documents whose outbox events are not yet confirmed published (marked, not yet swept)")
                .register(meters);
        TimeGauge.builder("hmskort.outbox.oldest.pending.age", this, TimeUnit.SECONDS,
                relay -> relay.backlog.get().oldestSeconds())
                .description("how long the oldest document with unpublished outbox events has waited").register(meters);
    }

    private Backlog readBacklog() {
        long documents = mongo.getCollection(MARKS).countDocuments();
        Document oldest = mongo.getCollection(MARKS).find(new Document("since", new Document("$exists", true)))
                .sort(new Document("since", 1)).limit(1).first();
        double seconds = oldest == null ? 0
                : Math.max(0, (System.currentTimeMillis() - oldest.getDate("since").getTime()) / 1000.0);
        return new Backlog(documents, seconds);
    }

    /**
     * A document is about to be saved with outbox messages: marks it for the sweep, in case no nudge comes
     * (idempotent; call it before the save, so that a crash after the save leaves the mark).
     */
    public void expect(String collection, Object id) {
        mongo.upsert(new Query(Criteria.where("_id").is(collection + "/" + id)),
                new Update().set("collection", collection).set("documentId", id).inc("seq", 1)
                        .setOnInsert("since", new Date()), MARKS);
    }

    /** A document was just saved with outbox messages: publish them without waiting for the next sweep. */
    public void nudge(String collection, Object id) {
        pending.add(new Pending(collection, id));
        nudge();
    }

    /** Wake the relay now. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Publishes the messages of the documents named in nudges; returns how many went out. */
    int drainNamed() {
        int count = 0;
        for (Pending next = pending.poll(); next != null; next = pending.poll()) {
            OutboxSource source = new OutboxSource(next.collection());
            Document document = mongo.findById(next.id(), Document.class, next.collection());
            if (document != null && document.get("outbox") != null) {
                count += publish(source, document);
            }
        }
        return count;
    }

    /**
     * The periodic sweep, on the one replica that holds (and keeps renewing) the sweep lease; true if it swept
     * here. A sweeping replica that dies is replaced once its lease runs out, after three intervals.
     */
    public boolean sweep() {
        if (!leases.take(SWEEP_LEASE, sweepInterval.multipliedBy(3))) {
            return false;
        }
        drain();
        return true;
    }

    /** Publishes everything pending now; returns how many messages went out. */
    public int drain() {
        int count = 0;
        if (!scanned) {
            count += scan();
            scanned = true;
        }
        List<Document> marks;
        int cleared;
        do {
            marks = mongo.find(new Query().limit(BATCH), Document.class, MARKS);
            cleared = 0;
            for (Document mark : marks) {
                OutboxSource source = new OutboxSource(mark.getString("collection"));
                Document document = mongo.findById(mark.get("documentId"), Document.class, source.collection());
                List<Document> outbox = document == null ? List.of() : document.getList("outbox", Document.class, List.of());
                int published = outbox.isEmpty() ? 0 : publish(source, document);
                count += published;
                if (published == outbox.size()) {
                    long removed = mongo.remove(new Query(Criteria.where("_id").is(mark.get("_id"))
                            .and("seq").is(mark.get("seq"))), MARKS).getDeletedCount();
                    cleared += (int) removed;
                    if (removed == 0) {
                        // marked again meanwhile: what it waits for now is newer than what was just published
                        mongo.updateFirst(new Query(Criteria.where("_id").is(mark.get("_id"))),
                                new Update().set("since", new Date()), MARKS);
                    }
                }
            }
        } while (marks.size() == BATCH && cleared > 0);
        return count;
    }

    /** Every collection queried for pending messages: for documents saved without a mark (before marks existed). */
    private int scan() {
        int count = 0;
        for (OutboxSource source : sources) {
            List<Document> pending;
            do {
                pending = mongo.find(new Query(Criteria.where("outbox.0").exists(true)).limit(BATCH), Document.class,
                        source.collection());
                for (Document document : pending) {
                    count += publish(source, document);
                }
            } while (pending.size() == BATCH);
        }
        return count;
    }

    private int publish(OutboxSource source, Document document) {
        int count = 0;
        for (Document message : document.getList("outbox", Document.class)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(message.getString("topic"),
                    message.getString("key"), message.getString("payload").getBytes(StandardCharsets.UTF_8));
            EventHeaders.add(record.headers(), message.getString("eventId"), message.getString("type"),
                    message.getString("traceparent"));
            try {
                kafka.send(record).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return count;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Outbox message {} of {} not published yet, will retry: {}", message.getString("eventId"),
                        source.collection(), e.getMessage());
                return count;
            }
            mongo.updateFirst(new Query(Criteria.where("_id").is(document.get("_id"))),
                    new Update().pull("outbox", new Document("eventId", message.getString("eventId"))), source.collection());
            published.increment();
            count++;
        }
        return count;
    }


    @Override
    public void start() {
        mongo.indexOps(MARKS).createIndex(new org.springframework.data.mongodb.core.index.Index("since",
                org.springframework.data.domain.Sort.Direction.ASC));
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                drainNamed();
                if (System.nanoTime() >= nextSweep) {
                    nextSweep = System.nanoTime() + sweepInterval.toNanos();
                    sweep();
                }
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, will retry: {}", e.toString());
            }
            lock.lock();
            try {
                if (!nudged) {
                    wake.await(sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                }
                nudged = false;
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        leases.release(SWEEP_LEASE);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
