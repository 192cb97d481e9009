package no.hmskort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's journal: whole records come back in order; a record a crash cut short is dropped. */
class StoreJournalTest {

    @TempDir
    Path folder;

    @Test
    void records_come_back_in_order_and_one_cut_short_by_a_crash_is_dropped() throws Exception {
        Path file = folder.resolve("store.journal");
        try (StoreJournal journal = StoreJournal.open(file, record -> { })) {
            journal.append(StoreJournal.record("db", "insert", new Document("insert", "a")));
            journal.append(StoreJournal.record("db", "delete", new Document("delete", "b")));
        }
        long whole = Files.size(file);
        Files.write(file, new byte[] {0, 0, 0, 40, 1, 2, 3}, StandardOpenOption.APPEND);

        List<String> replayed = new ArrayList<>();
        try (StoreJournal journal = StoreJournal.open(file, record -> replayed.add((String) record.get("command")))) {
            assertThat(journal.size()).isEqualTo(whole);
            journal.append(StoreJournal.record("db", "update", new Document("update", "c")));
        }
        assertThat(replayed).containsExactly("insert", "delete");

        List<String> again = new ArrayList<>();
        StoreJournal.open(file, record -> again.add((String) record.get("command"))).close();
        assertThat(again).containsExactly("insert", "delete", "update");
    }

    @Test
    void a_rewrite_replaces_the_file_with_the_store_as_it_stands() throws Exception {
        Path file = folder.resolve("store.journal");
        try (StoreJournal journal = StoreJournal.open(file, record -> { })) {
            for (int i = 0; i < 10; i++) {
                journal.append(StoreJournal.record("db", "update", new Document("update", "c" + i)));
            }
            journal.rewrite(List.of(StoreJournal.record("db", "insert", new Document("insert", "all"))));
            journal.append(StoreJournal.record("db", "delete", new Document("delete", "after")));
        }
        List<String> replayed = new ArrayList<>();
        StoreJournal.open(file, record -> replayed.add((String) record.get("command"))).close();
        assertThat(replayed).containsExactly("insert", "delete");
        assertThat(Files.exists(folder.resolve("store.journal.next"))).isFalse();
    }
}
