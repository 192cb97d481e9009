package no.hmskort.cardstatus.cards;

import no.hmskort.cardstatus.cards.application.Reevaluation;
import no.hmskort.testsupport.Replicas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With two replicas, each scheduled and start-up job of card-status-service runs on one of them at a time: the
 * nightly re-evaluation and the card-index backfill (the outbox sweep is proven in the platform).
 */
class RunsOnceAcrossReplicasTest extends CardStatusIntegrationTest {

    @Autowired
    Reevaluation reevaluation;
    @Autowired
    no.hmskort.cardstatus.cards.persistence.CardIndexBackfill backfill;

    @Test
    void every_scheduled_and_start_up_job_runs_on_one_replica_at_a_time() {
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "reevaluation", () -> {
            try {
                return reevaluation.runNow().finished();
            } catch (IllegalStateException runningElsewhere) {
                return false;
            }
        });
        Replicas.runsOnlyWhereTheLeaseIs(mongo, "card-index-backfill", backfill::backfillOnce);
    }
}
