package no.hmskort.billing.invoicing;

import no.hmskort.testsupport.Replicas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** With two replicas, each scheduled job of billing-service runs on one of them at a time. */
class RunsOnceAcrossReplicasTest extends BillingIntegrationTest {


    @Test
    void every_scheduled_job_runs_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "billing-numbering-sweep", issuing::issueAll);
    }
}
