package no.hmskort.delegation.access;

import no.hmskort.delegation.DelegationServiceApplication;
import no.hmskort.delegation.access.application.ExpiringDelegations;
import no.hmskort.testsupport.Replicas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * With two replicas, each scheduled job of delegation-service runs on one of them at a time (the feed poller's
 * is proven where the feed runs, in EnhetsregisteretFeedTest).
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class RunsOnceAcrossReplicasTest {

    @Autowired
    ExpiringDelegations expiring;
    @Autowired
    MongoTemplate mongo;

    @Test
    void every_scheduled_job_runs_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "delegation-expiry", expiring::onSchedule);
    }
}
