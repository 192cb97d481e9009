package no.hmskort.order;

import no.hmskort.order.ordering.application.WaitingLines;
import no.hmskort.testsupport.Replicas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With two replicas, each scheduled job of order-service runs on one of them at a time. */
class RunsOnceAcrossReplicasTest extends OrderServiceIntegrationTest {

    @Autowired
    WaitingLines waitingLines;

    @Test
    void every_scheduled_job_runs_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "waiting-lines", waitingLines::daily);
    }
}
