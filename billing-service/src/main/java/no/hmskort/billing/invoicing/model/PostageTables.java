package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The postage tables with the dates each took effect. A shipment should have cost what the table in force on
 * the day it was sent says for its number of cards.
 */
public record PostageTables(List<PostageTable> tables) {

    public PostageTables {
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("at least one postage table");
        }
        tables = tables.stream().sorted(Comparator.comparing(PostageTable::from)).toList();
        if (tables.stream().map(PostageTable::from).distinct().count() != tables.size()) {
            throw new IllegalArgumentException("one postage table per date");
        }
    }

    public PostageTable tableOn(LocalDate day) {
        PostageTable inForce = null;
        for (PostageTable table : tables) {
            if (!table.from().isAfter(day)) {
                inForce = table;
            }
        }
        if (inForce == null) {
            throw new IllegalStateException("no postage table in force on " + day);
        }
        return inForce;
    }

    /** The date of the first table: before it no shipment can be judged. */
    public LocalDate firstDate() {
        return tables.getFirst().from();
    }

    /** Every table in force on some day of the period, oldest first; empty if none covers its start. */
    public List<PostageTable> inForceDuring(LocalDate from, LocalDate to) {
        if (from.isBefore(firstDate())) {
            return List.of();
        }
        PostageTable first = tableOn(from);
        return tables.stream().filter(t -> t == first || (t.from().isAfter(from) && !t.from().isAfter(to))).toList();
    }
}
