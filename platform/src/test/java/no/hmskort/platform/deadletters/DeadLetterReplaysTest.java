package no.hmskort.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import no.hmskort.embedded.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two replicas of a service recording replays in one store: each dead letter is replayed once. */
class DeadLetterReplaysTest {

    private static final String DLT = "hmskort.register.vat.v1.card-status-service.dlt";

    private static EmbeddedMongo store;
    private static MongoTemplate mongo;

    @BeforeAll
    static void aStore() {
        store = EmbeddedMongo.inMemory();
        mongo = new MongoTemplate(MongoClients.create(store.uri()), "dead-letter-replays-test");
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-24T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    private final DeadLetterReplays first = new DeadLetterReplays(mongo, clock, Duration.ofMinutes(5));
    private final DeadLetterReplays second = new DeadLetterReplays(mongo, clock, Duration.ofMinutes(5));

    @Test
    void a_dead_letter_is_claimed_once_and_a_second_claim_learns_who_replayed_it_and_when() {
        DeadLetterId id = aDeadLetter();
        var claim = first.claim(id, "hmskort.register.vat.v1", "e-1", "ops-tool");
        assertThat(claim.taken()).isTrue();
        assertThat(second.claim(id, "hmskort.register.vat.v1", "e-1", "other-tool").existing().done())
                .as("claimed, not yet confirmed").isFalse();
        first.confirm(id, claim.token());

        var again = second.claim(id, "hmskort.register.vat.v1", "e-1", "other-tool");
        assertThat(again.taken()).isFalse();
        assertThat(again.existing().by()).isEqualTo("ops-tool");
        assertThat(again.existing().replayedAt()).isEqualTo(now.get());
        assertThat(first.onTopic(DLT)).containsKey(id);
    }

    @Test
    void a_withdrawn_claim_can_be_claimed_again() {
        DeadLetterId id = aDeadLetter();
        var claim = first.claim(id, "hmskort.register.vat.v1", null, "ops-tool");
        first.withdraw(id, claim.token());
        assertThat(second.claim(id, "hmskort.register.vat.v1", null, "ops-tool").taken()).isTrue();
    }

    @Test
    void a_claim_never_confirmed_is_taken_over_once_stale_but_a_confirmed_replay_never_is() {
        DeadLetterId crashed = aDeadLetter();
        DeadLetterId done = aDeadLetter();
        first.claim(crashed, "hmskort.register.vat.v1", null, "ops-tool");
        first.confirm(done, first.claim(done, "hmskort.register.vat.v1", null, "ops-tool").token());
        assertThat(second.claim(crashed, "hmskort.register.vat.v1", null, "ops-tool").taken()).isFalse();

        now.set(now.get().plus(Duration.ofMinutes(6)));

        var takenOver = second.claim(crashed, "hmskort.register.vat.v1", null, "other-tool");
        assertThat(takenOver.taken()).isTrue();
        assertThat(second.claim(done, "hmskort.register.vat.v1", null, "other-tool").taken()).isFalse();
        second.confirm(crashed, takenOver.token());
        assertThat(first.find(crashed).orElseThrow().by()).isEqualTo("other-tool");
    }

    private static long offsets = 0;

    private static synchronized DeadLetterId aDeadLetter() {
        return new DeadLetterId(DLT, 0, offsets++);
    }
}
