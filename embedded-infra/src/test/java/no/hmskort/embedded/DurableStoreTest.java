package no.hmskort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store as the local cluster runs it, a process of its own, killed with SIGKILL in the middle of a stream
 * of writes: every write it acknowledged is there after the restart, and the unique indexes agree with the
 * documents (no save refused forever for a key no document holds, no optimistic save of a document that is
 * there refused for good).
 */
class DurableStoreTest {

    @TempDir
    Path data;

    @Test
    void every_acknowledged_write_survives_a_kill_9_and_the_indexes_still_match_the_documents() throws Exception {
        Path file = data.resolve("store.journal");
        int port = freePort();
        Process store = start(file, port);
        AtomicInteger acknowledged = new AtomicInteger();
        List<Thread> writers = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> cards = client.getDatabase("test").getCollection("cards");
            cards.createIndex(Indexes.ascending("chip"), new IndexOptions().unique(true));
            // the index the platform gives versioned collections on this store (VersionedSaveIndexes)
            cards.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true));
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        try {
                            String id = writer + "-" + i;
                            cards.insertOne(new Document("_id", id).append("chip", "chip-" + id).append("version", 0));
                            // an optimistic save, as Spring Data makes it: found by id and the version read
                            cards.updateOne(new Document("_id", id).append("version", 0), Updates.set("version", 1));
                            acknowledged.incrementAndGet();
                        } catch (RuntimeException killed) {
                            return;
                        }
                    }
                });
                thread.start();
                writers.add(thread);
            }
            while (acknowledged.get() < 300) {
                Thread.onSpinWait();
            }
            store.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            for (Thread thread : writers) {
                thread.join(Duration.ofSeconds(60));
            }
        }
        int atKill = acknowledged.get();

        Process again = start(file, port);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            MongoCollection<Document> cards = client.getDatabase("test").getCollection("cards");
            long updated = cards.countDocuments(new Document("version", 1));
            assertThat(updated).as("acknowledged inserts and updates before the kill").isGreaterThanOrEqualTo(atKill);
            for (Document card : cards.find()) {
                // the index still finds each document by its key, and refuses the key again
                assertThat(cards.find(new Document("chip", card.getString("chip"))).first()).isEqualTo(card);
                // and the next optimistic save of it lands (after the kill the issue saw it refused forever)
                Document byVersion = new Document("_id", card.getString("_id")).append("version", card.getInteger("version"));
                assertThat(cards.find(byVersion).first()).isEqualTo(card);
                assertThat(cards.updateOne(byVersion, Updates.inc("version", 1)).getModifiedCount())
                        .as("a save of %s", card.getString("_id")).isOne();
                try {
                    cards.insertOne(new Document("_id", "again-" + card.getString("_id")).append("chip", card.getString("chip")));
                    throw new AssertionError("a second document with " + card.getString("chip") + " was accepted");
                } catch (MongoWriteException duplicate) {
                    assertThat(duplicate.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                }
            }
            cards.insertOne(new Document("_id", "after").append("chip", "chip-after"));
            assertThat(cards.countDocuments(new Document("_id", "after"))).isOne();
        } finally {
            again.destroy();
            again.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path file, int port) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedMongo.class.getName(),
                "--file", file.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("store ready")) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "store-output");
                drain.setDaemon(true);
                drain.start();
                return process;
            }
        }
        throw new IllegalStateException("the store process ended before it was ready");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
