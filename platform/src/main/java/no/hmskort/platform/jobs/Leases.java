package no.hmskort.platform.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One instance at a time across a service's replicas, for scheduled and start-up jobs: a named lease in the
 * service's own database ({@code leases}). The holder keeps it by renewing it before it runs out; another
 * instance takes it only once it has run out (its holder stopped or died). Taking, renewing and releasing
 * are each one single-document write, conditional on the lease being free, run out, or this instance's.
 *
 * <p>Leases run on the system clock, never on a business clock a test may move, and their lengths are
 * generous beside any clock skew between hosts.
 */
public class Leases {

    static final String COLLECTION = "leases";
    private static final Logger log = LoggerFactory.getLogger(Leases.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String instance;
    private final Map<String, ReentrantLock> running = new ConcurrentHashMap<>();

    public Leases(MongoTemplate mongo) {
        this(mongo, Clock.systemUTC(), ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID());
    }

    /** @param instance who this is: unique per running instance (host and process, and a random part) */
    public Leases(MongoTemplate mongo, Clock clock, String instance) {
        this.mongo = mongo;
        this.clock = clock;
        this.instance = instance;
    }

    public String instance() {
        return instance;
    }

    /** A lease held: renew it while the work goes on; the work stops when it cannot. */
    public final class Lease {

        private final String name;
        private final Duration length;

        private Lease(String name, Duration length) {
            this.name = name;
            this.length = length;
        }

        /** Extends the lease; false when another instance has taken it over (this one was too slow). */
        public boolean renew() {
            return take(name, length);
        }

        public String name() {
            return name;
        }
    }

    /**
     * Runs {@code job} if this instance holds (or can take) the lease {@code name}, and releases it after; true
     * when the job ran. The job renews the lease through its handle if it runs long.
     */
    public boolean runExclusively(String name, Duration length, Consumer<Lease> job) {
        // The lease keeps other instances out; within this one, two threads (a start-up task and the schedule)
        // would both hold it, so the instance runs the job on one thread at a time as well.
        ReentrantLock here = running.computeIfAbsent(name, n -> new ReentrantLock());
        if (!here.tryLock()) {
            return false;
        }
        try {
            if (!take(name, length)) {
                return false;
            }
            try {
                job.accept(new Lease(name, length));
                return true;
            } finally {
                release(name);
            }
        } finally {
            here.unlock();
        }
    }

    /** Holds the lease for {@code length} from now if it is free, run out or this instance's; true if it does. */
    public boolean take(String name, Duration length) {
        Instant now = clock.instant();
        Date until = Date.from(now.plus(length));
        Query ours = new Query(new Criteria().andOperator(Criteria.where("_id").is(name),
                new Criteria().orOperator(Criteria.where("holder").is(instance), Criteria.where("until").lt(Date.from(now)))));
        if (mongo.updateFirst(ours, new Update().set("holder", instance).set("until", until), COLLECTION)
                .getMatchedCount() == 1) {
            return true;
        }
        try {
            mongo.insert(new Document("_id", name).append("holder", instance).append("until", until), COLLECTION);
            return true;
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    /** Lets the lease go at once, if this instance holds it, so another need not wait for it to run out. */
    public void release(String name) {
        try {
            mongo.updateFirst(new Query(Criteria.where("_id").is(name).and("holder").is(instance)),
                    new Update().set("until", Date.from(Instant.EPOCH)), COLLECTION);
        } catch (RuntimeException e) {
            log.debug("Lease {} not released; it runs out by itself: {}", name, e.toString());
        }
    }
}
