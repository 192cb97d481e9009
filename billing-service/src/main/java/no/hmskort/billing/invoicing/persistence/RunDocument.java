package no.hmskort.billing.invoicing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageTable;
import no.hmskort.billing.invoicing.model.RefundRun;
import no.hmskort.platform.store.VersionedDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A {@link RefundRun} in {@code postage_refund_runs}, written once when the run ends; amounts in øre. */
@Document(RunDocument.COLLECTION)
class RunDocument extends VersionedDocument<RefundRun> {

    static final String COLLECTION = "postage_refund_runs";

    @Id
    String id;
    LocalDate from;
    LocalDate to;
    /** The tables as the run applied them, without their provenance. */
    List<AppliedTable> postageTables;
    String startedBy;
    Instant startedAt;
    Instant finishedAt;
    int examined;
    List<String> creditNoteNumbers;
    long creditedNetOre;
    long creditedVatOre;
    long creditedGrossOre;

    RunDocument() {
    }

    RunDocument(RefundRun run) {
        keep(run);
    }

    @Override
    public RefundRun model() {
        return new RefundRun(id, from, to, postageTables.stream().map(AppliedTable::model).toList(), startedBy,
                startedAt, finishedAt, examined, creditNoteNumbers, new Money(creditedNetOre),
                new Money(creditedVatOre));
    }

    @Override
    protected void keep(RefundRun run) {
        id = run.id();
        from = run.from();
        to = run.to();
        postageTables = run.postageTables().stream().map(AppliedTable::of).toList();
        startedBy = run.startedBy();
        startedAt = run.startedAt();
        finishedAt = run.finishedAt();
        examined = run.examined();
        creditNoteNumbers = run.creditNoteNumbers();
        creditedNetOre = run.creditedNet().ore();
        creditedVatOre = run.creditedVat().ore();
        creditedGrossOre = run.creditedGross().ore();
    }

    @Override
    public Object id() {
        return id;
    }

    record AppliedTable(LocalDate from, List<AppliedTier> tiers) {

        static AppliedTable of(PostageTable table) {
            return new AppliedTable(table.from(), table.tiers().stream()
                    .map(t -> new AppliedTier(t.upToCards(), t.postage().ore())).toList());
        }

        PostageTable model() {
            return new PostageTable(from, tiers.stream().map(t -> new PostageTable.Tier(t.upToCards(),
                    new Money(t.postageOre()))).toList());
        }
    }

    /** @param upToCards null for the open last tier */
    record AppliedTier(Integer upToCards, long postageOre) {
    }
}
