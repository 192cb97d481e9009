package no.hmskort.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend, made durable: a write is on disk before the client hears it succeeded.
 * Left alone, the store commits to its file once a second, so a process killed in between loses writes
 * it already acknowledged (and a collection and its index can be caught half-way). Here the MVStore never
 * commits by itself; every write command runs alone and is committed before it answers, and reads wait
 * while one runs, so nobody reads what a crash could still take back. Durable against the death of the
 * process (kill -9): the file is written, though not forced to the disk, which only a power loss would
 * need.
 */
final class DurableStoreBackend extends H2Backend {

    /** Commands that change nothing; any other, known or not, is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "aggregate", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo",
            "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "getparameter", "whatsmyuri",
            "connectionstatus", "getlog", "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "explain",
            "saslstart", "saslcontinue", "getlasterror");

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private DurableStoreBackend(MVStore store) {
        super(store);
    }

    /** Opens (or creates) the store file with automatic commits off: this backend commits each write itself. */
    static DurableStoreBackend open(String file) {
        return new DurableStoreBackend(new MVStore.Builder().fileName(file).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (READS.contains(command.toLowerCase(Locale.ROOT))) {
            lock.readLock().lock();
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                lock.readLock().unlock();
            }
        }
        lock.writeLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
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
            return super.handleQuery(query);
        } finally {
            lock.readLock().unlock();
        }
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
