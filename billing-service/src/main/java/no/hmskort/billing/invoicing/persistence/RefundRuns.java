package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.model.PostageTable;
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
     * @param postageTables the tables the run judged by, as they were then (configuration may change later)
     * @param examined invoices in the period whose postage was charged
     * @param creditNoteNumbers the credit notes this run issued
     */
    @org.springframework.data.mongodb.core.mapping.Document("postage_refund_runs")
    public record Run(@Id String id, LocalDate from, LocalDate to, List<AppliedTable> postageTables, String startedBy,
            Instant startedAt, Instant finishedAt, int examined, List<String> creditNoteNumbers, long creditedNetOre,
            long creditedVatOre, long creditedGrossOre) {
    }

    /** A postage table as a run applied it: in force from {@code from}, postage in øre per tier. */
    public record AppliedTable(LocalDate from, List<AppliedTier> tiers) {

        public static AppliedTable of(PostageTable table) {
            return new AppliedTable(table.from(), table.tiers().stream()
                    .map(t -> new AppliedTier(t.upToCards(), t.postage().ore())).toList());
        }
    }

    /** @param upToCards null for the open last tier */
    public record AppliedTier(Integer upToCards, long postageOre) {
    }
}
