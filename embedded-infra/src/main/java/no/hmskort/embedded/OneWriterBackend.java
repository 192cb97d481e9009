package no.hmskort.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with one writer at a time, and in a file also durable.
 *
 * <p>Left alone, the backend has no locking: two concurrent saves of one document can both pass the version
 * check, and one of them is silently lost (seen with six writers on one register-facts document). Here every
 * write command runs alone, and reads wait while one runs, as for one MongoDB document.
 *
 * <p>In a file, a write is on disk before the client hears it succeeded.
 * Left alone, the store commits to its file once a second, so a process killed in between loses writes
 * it already acknowledged (and a collection and its index can be caught half-way). Here the MVStore never
 * commits by itself; every write command runs alone and is committed before it answers, and reads wait
 * while one runs, so nobody reads what a crash could still take back. Durable against the death of the
 * process (kill -9): the file is written, though not forced to the disk, which only a power loss would
 * need.
 */
final class OneWriterBackend extends H2Backend {

    /** Commands that change nothing; any other, known or not, is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "aggregate", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo",
            "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "getparameter", "whatsmyuri",
            "connectionstatus", "getlog", "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "explain",
            "saslstart", "saslcontinue", "getlasterror");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private OneWriterBackend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store file with automatic commits off: this backend commits each write itself. */
    static OneWriterBackend open(String file) {
        return new OneWriterBackend(new MVStore.Builder().fileName(file).autoCommitDisabled().open());
    }

    /** In memory (tests): the same one writer at a time, nothing on disk. */
    static OneWriterBackend inMemoryOneWriter() {
        return new OneWriterBackend(new MVStore.Builder().autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (READS.contains(command.toLowerCase(Locale.ROOT))) {
            lock.readLock().lock();
            try {
                return copy(super.handleCommand(channel, database, command, query));
            } finally {
                lock.readLock().unlock();
            }
        }
        lock.writeLock().lock();
        try {
            return copy(super.handleCommand(channel, database, command, query));
        } finally {
            // also after a failed write (a duplicate key half-way through a batch): what was applied is kept
            getMvStore().commit();
            lock.writeLock().unlock();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        lock.readLock().lock();
        try {
            QueryResult result = super.handleQuery(query);
            List<Document> copies = new ArrayList<>();
            result.forEach(document -> copies.add(copy(document)));
            return new QueryResult(copies, result.getCursorId());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The backend answers with the very objects it stores, and the answer is written to the wire after the
     * lock is released: a write in between would change a document half-way through its encoding (a read
     * that sees the new version with the old fields, whose save then silently drops the other write). So the
     * answer is copied while the lock is held.
     */
    @SuppressWarnings("unchecked")
    private static <T> T copy(T value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            document.forEach((key, field) -> copy.put(key, copy(field)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(copy(element)));
            return (T) copy;
        }
        return value;
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            getMvStore().commit();
            super.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
