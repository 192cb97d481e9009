package no.hmskort.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol store in this JVM (mongo-java-server's in-memory backend): kept in a journal file
 * for the local stack and cluster, so data survives a restart, and every acknowledged write survives the
 * process being killed ({@link OneWriterBackend}); in memory for tests. Services reach it through the
 * ordinary MongoDB driver, exactly as they reach real MongoDB. {@link #main} runs it as a process of its own.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** A store kept in {@code file} (its journal, {@link StoreJournal}), listening on {@code port} (0: any free port). */
    public static EmbeddedMongo inFile(Path file, int port) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MongoServer server = new MongoServer(OneWriterBackend.open(file.toAbsolutePath().toString()));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    public static EmbeddedMongo inMemory() {
        MongoServer server = new MongoServer(OneWriterBackend.inMemoryOneWriter());
        server.bind("127.0.0.1", 0);
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    /** The connection string without a database: each service names its own. */
    public String uri() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /**
     * The store as a process of its own (the local cluster): {@code --file <path> --port <port>}. Prints
     * {@code store ready <uri>} once it listens; stops on a signal.
     */
    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = Options.parse(args);
        EmbeddedMongo store = inFile(Path.of(options.getOrDefault("file", ".local-cluster/mongo/store.journal")),
                Integer.parseInt(options.getOrDefault("port", "27017")));
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-stop"));
        System.out.println("store ready " + store.uri());
        Thread.currentThread().join();
    }
}
