package no.hmskort.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import no.hmskort.platform.jobs.Leases;
import org.awaitility.Awaitility;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A second replica of the service under test, as far as its jobs can tell: a lease holder with an identity of
 * its own on the same store. That leases exclude each other across instances is proven once, in the
 * platform; this proves that a service's job goes through its lease.
 */
public final class Replicas {

    private Replicas() {
    }

    /**
     * While another replica holds the lease the job does not run here, and once the lease is free it does.
     *
     * @param job the job's entry point, answering whether it ran here
     */
    public static void runsOnlyWhereTheLeaseIs(MongoTemplate mongo, String lease, BooleanSupplier job) {
        Leases another = new Leases(mongo, Clock.systemUTC(), "another-replica-" + UUID.randomUUID());
        // this replica's own schedule may hold it at this moment: the other takes it as soon as it is free
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .alias("another replica takes " + lease + " (held: " + held(mongo, lease) + ")")
                .until(() -> another.take(lease, Duration.ofMinutes(5)));
        try {
            assertThat(job.getAsBoolean()).as(lease + ": ran here while another replica held the lease").isFalse();
        } finally {
            another.release(lease);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).alias(lease + " runs here once free").until(job::getAsBoolean);
    }

    private static Object held(MongoTemplate mongo, String lease) {
        return mongo.findById(lease, org.bson.Document.class, "leases");
    }
}
