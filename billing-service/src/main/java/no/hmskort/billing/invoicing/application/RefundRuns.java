package no.hmskort.billing.invoicing.application;

import java.util.Optional;
import no.hmskort.billing.invoicing.model.RefundRun;

/** Postage-refund runs and what each did. */
public interface RefundRuns {

    void save(RefundRun run);

    Optional<RefundRun> find(String id);
}
