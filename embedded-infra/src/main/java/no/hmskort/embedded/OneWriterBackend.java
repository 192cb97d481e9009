package no.hmskort.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's in-memory backend with one writer at a time, and with a file also durable.
 *
 * <p>Left alone, the backend has no locking: two concurrent saves of one document can both pass the version
 * check, and one of them is silently lost (seen with six writers on one register-facts document). Here every
 * write command runs alone, and reads wait while one runs, as for one MongoDB document.
 *
 * <p>With a file, every write command is appended to it ({@link StoreJournal}) before the client hears it
 * succeeded, and reads wait while one runs, so nobody reads what a crash could still take back. At start the
 * file is replayed, then rewritten as the store stands (its indexes and documents), and rewritten again
 * whenever it has grown to four times that. Durable against the death of the process (kill -9): the file is
 * written, though not forced to the disk, which only a power loss would need.
 *
 * <p>Until issue 14 this was the H2 backend in an MVStore file: its unique indexes compared keys by Java
 * serialisation and read pages back from the file, so that storing 100,000 cards took over fifteen minutes
 * and every hot path of the local stack waited on it. The documents now live in memory, as in MongoDB's
 * working set; the file is only read at start.
 */
final class OneWriterBackend extends MemoryBackend {

    /** Commands that change nothing; any other, known or not, is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "aggregate", "distinct",
            "listcollections", "listindexes", "listdatabases", "ping", "hello", "ismaster", "buildinfo",
            "serverstatus", "dbstats", "collstats", "killcursors", "endsessions", "getparameter", "whatsmyuri",
            "connectionstatus", "getlog", "hostinfo", "getcmdlineopts", "getfreemonitoringstatus", "explain",
            "saslstart", "saslcontinue", "getlasterror");
    private static final int SNAPSHOT_BATCH = 1_000;
    private static final long SMALLEST_REWRITE = 64L << 20;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** The connection a replayed command or the snapshot's reads are made on. */
    private final Channel own = new EmbeddedChannel();
    private StoreJournal journal;
    private long rewriteAt = SMALLEST_REWRITE;

    private OneWriterBackend() {
    }

    /** Opens (or creates) the store file: replays it, then rewrites it as the store stands. */
    static OneWriterBackend open(String file) {
        OneWriterBackend backend = new OneWriterBackend();
        backend.journal = StoreJournal.open(Path.of(file), backend::replay);
        backend.lock.writeLock().lock();
        try {
            backend.rewrite();
        } finally {
            backend.lock.writeLock().unlock();
        }
        return backend;
    }

    /** In memory (tests): the same one writer at a time, nothing on disk. */
    static OneWriterBackend inMemoryOneWriter() {
        return new OneWriterBackend();
    }

    private void replay(Document record) {
        try {
            super.handleCommand(own, (String) record.get("db"), (String) record.get("command"),
                    (Document) record.get("body"));
        } catch (RuntimeException refusedAsBefore) {
            // a write that failed (or failed half-way) when it was made fails the same way again
        }
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
            if (journal != null) {
                journal.append(StoreJournal.record(database, command, query));
                if (journal.size() > rewriteAt) {
                    rewrite();
                }
            }
            lock.writeLock().unlock();
        }
    }

    /** The store as it stands, as commands: each collection's indexes, then its documents in batches. */
    private void rewrite() {
        List<Document> records = new ArrayList<>();
        for (String database : listDatabaseNames()) {
            for (String collection : names(database, "listCollections", new Document("listCollections", 1))) {
                if (collection.startsWith("system.")) {
                    continue;
                }
                Document create = new Document("create", collection);
                records.add(StoreJournal.record(database, "create", create));
                List<Document> indexes = new ArrayList<>();
                for (Document index : firstBatch(database, "listIndexes", new Document("listIndexes", collection))) {
                    if (!"_id_".equals(index.get("name"))) {
                        indexes.add(index);
                    }
                }
                if (!indexes.isEmpty()) {
                    Document createIndexes = new Document("createIndexes", collection);
                    createIndexes.put("indexes", indexes);
                    records.add(StoreJournal.record(database, "createIndexes", createIndexes));
                }
                List<Document> batch = new ArrayList<>();
                for (Document document : resolveDatabase(database).resolveCollection(collection, true).queryAll()) {
                    batch.add(document);
                    if (batch.size() == SNAPSHOT_BATCH) {
                        records.add(insert(database, collection, batch));
                        batch = new ArrayList<>();
                    }
                }
                if (!batch.isEmpty()) {
                    records.add(insert(database, collection, batch));
                }
            }
        }
        journal.rewrite(records);
        rewriteAt = Math.max(SMALLEST_REWRITE, journal.size() * 4);
    }

    private static Document insert(String database, String collection, List<Document> documents) {
        Document insert = new Document("insert", collection);
        insert.put("documents", documents);
        insert.put("ordered", false);
        return StoreJournal.record(database, "insert", insert);
    }

    private List<String> names(String database, String command, Document body) {
        return firstBatch(database, command, body).stream().map(d -> (String) d.get("name")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Document> firstBatch(String database, String command, Document body) {
        Document answer = super.handleCommand(own, database, command, body);
        return (List<Document>) ((Document) answer.get("cursor")).get("firstBatch");
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
            if (journal != null) {
                journal.close();
            }
            super.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
