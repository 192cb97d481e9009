package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Postage-refund runs and what each did ({@code postage_refund_runs}). */
@Component
public class RefundRuns {

    private final MongoTemplate mongo;

    RefundRuns(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(Run run) {
        mongo.save(run);
    }

    public Optional<Run> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Run.class));
    }

    /**
     * @param examined invoices in the period with postage above the correct amount
     * @param creditNoteNumbers the credit notes this run issued
     */
    @org.springframework.data.mongodb.core.mapping.Document("postage_refund_runs")
    public record Run(@Id String id, LocalDate from, LocalDate to, long correctPostageOre, String startedBy,
            Instant startedAt, Instant finishedAt, int examined, List<String> creditNoteNumbers, long creditedNetOre,
            long creditedVatOre, long creditedGrossOre) {
    }
}
