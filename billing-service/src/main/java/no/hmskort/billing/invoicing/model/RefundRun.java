package no.hmskort.billing.invoicing.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one postage-refund run did.
 *
 * @param postageTables the tables the run judged by, as they were then (configuration may change later)
 * @param examined invoices in the period whose postage was charged
 * @param creditNoteNumbers the credit notes this run issued
 */
public record RefundRun(String id, LocalDate from, LocalDate to, List<PostageTable> postageTables, String startedBy,
        Instant startedAt, Instant finishedAt, int examined, List<String> creditNoteNumbers, Money creditedNet,
        Money creditedVat) {

    public RefundRun {
        postageTables = List.copyOf(postageTables);
        creditNoteNumbers = List.copyOf(creditNoteNumbers);
    }

    public Money creditedGross() {
        return creditedNet.plus(creditedVat);
    }
}
