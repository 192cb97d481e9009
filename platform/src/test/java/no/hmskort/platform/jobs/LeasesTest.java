package no.hmskort.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import no.hmskort.embedded.EmbeddedMongo;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two instances of a service, each with its own identity, contending for leases on one store. */
class LeasesTest {

    private static EmbeddedMongo store;
    private static MongoTemplate mongo;

    @BeforeAll
    static void aStore() {
        store = EmbeddedMongo.inMemory();
        mongo = new MongoTemplate(MongoClients.create(store.uri()), "leases-test");
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private final Leases first = new Leases(mongo, Clock.systemUTC(), "instance-1");
    private final Leases second = new Leases(mongo, Clock.systemUTC(), "instance-2");

    @Test
    void a_lease_is_held_by_one_instance_renewed_by_it_and_free_for_the_other_once_released() {
        String name = "job-" + System.nanoTime();
        assertThat(first.take(name, Duration.ofMinutes(1))).isTrue();
        assertThat(second.take(name, Duration.ofMinutes(1))).isFalse();
        assertThat(first.take(name, Duration.ofMinutes(1))).as("renewed by its holder").isTrue();
        first.release(name);
        assertThat(second.take(name, Duration.ofMinutes(1))).isTrue();
        assertThat(first.take(name, Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void a_lease_whose_holder_stopped_renewing_runs_out_and_is_taken_over_and_the_old_holder_knows_it_lost_it() {
        String name = "job-" + System.nanoTime();
        List<Boolean> renewedLate = new ArrayList<>();
        first.runExclusively(name, Duration.ofMillis(300), lease -> {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> second.take(name, Duration.ofMinutes(1)));
            renewedLate.add(lease.renew());
        });
        assertThat(renewedLate).containsExactly(false);
        assertThat(first.take(name, Duration.ofMinutes(1))).as("release by a non-holder frees nothing").isFalse();
    }

    @Test
    void two_instances_racing_for_a_job_run_it_one_at_a_time() throws Exception {
        String name = "job-" + System.nanoTime();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Leases instance = i % 2 == 0 ? first : second;
                attempts.add(threads.submit(() -> {
                    go.await();
                    return instance.runExclusively(name, Duration.ofMinutes(1), lease -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        runs.incrementAndGet();
                        Thread.onSpinWait();
                        running.decrementAndGet();
                    });
                }));
            }
            go.countDown();
            int ran = 0;
            for (Future<Boolean> attempt : attempts) {
                ran += attempt.get() ? 1 : 0;
            }
            assertThat(mostAtOnce.get()).isEqualTo(1);
            assertThat(ran).isEqualTo(runs.get()).isPositive();
        } finally {
            threads.shutdownNow();
        }
    }
}
