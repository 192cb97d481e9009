package no.hmskort.billing.invoicing.persistence;

import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.application.RefundRuns;
import no.hmskort.billing.invoicing.model.RefundRun;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.store.VersionedStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
class MongoRefundRuns implements RefundRuns {

    private final VersionedStore<RefundRun, RunDocument> store;

    MongoRefundRuns(MongoTemplate mongo, OutboxRelay relay) {
        this.store = new VersionedStore<>(mongo, relay, RunDocument.class, RunDocument::new);
    }

    @Override
    public void save(RefundRun run) {
        if (store.insert(run, List.of()).isEmpty()) {
            throw new IllegalStateException("refund run " + run.id() + " is already stored");
        }
    }

    @Override
    public Optional<RefundRun> find(String id) {
        return store.find(id);
    }
}
