package no.hmskort.order.ordering.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.RegisterDuties;

/**
 * Whether a line's register duties are met at order time: the same duties card validity applies, with one
 * allowance of the ordering side: a card may be ordered a while before the employment (or the work on a
 * foreign assignment) starts, as long as every duty is met on the first day of work. How long ahead is a
 * dated setting.
 */
public final class Eligibility {

    /** From {@code from}, a card may be ordered up to {@code days} days before the work starts. */
    public record AheadOfStart(LocalDate from, int days) {
    }

    private final RegisterDuties duties;
    private final List<AheadOfStart> ahead;

    public Eligibility(RegisterDuties duties, List<AheadOfStart> ahead) {
        this.duties = duties;
        this.ahead = List.copyOf(ahead);
    }

    public Evaluation judge(CardFacts facts, LocalDate today) {
        Evaluation now = duties.evaluate(facts, today);
        if (now.allMet()) {
            return now;
        }
        int days = daysAheadOn(today);
        Optional<LocalDate> start = firstStartAfter(facts, today)
                .filter(d -> !d.isAfter(today.plusDays(days)));
        if (start.isPresent()) {
            Evaluation onFirstDay = duties.evaluate(facts, start.get());
            if (onFirstDay.allMet()) {
                return onFirstDay;
            }
        }
        return now;
    }

    int daysAheadOn(LocalDate day) {
        return ahead.stream().filter(a -> !day.isBefore(a.from()))
                .max(java.util.Comparator.comparing(AheadOfStart::from)).map(AheadOfStart::days).orElse(0);
    }

    /** The earliest start, after today, of work for the ordering unit or its main unit. */
    private static Optional<LocalDate> firstStartAfter(CardFacts facts, LocalDate today) {
        List<no.hmskort.contracts.ids.OrganisationNumber> here = List.of(facts.orderingUnit().orgnr(),
                facts.mainUnit().orgnr());
        return Stream.concat(
                facts.person().employments().stream().filter(e -> here.contains(e.employer()))
                        .map(e -> e.startDate()),
                facts.person().foreignWork().stream().filter(w -> here.contains(w.business()))
                        .map(w -> w.startDate()))
                .filter(d -> d != null && d.isAfter(today))
                .min(LocalDate::compareTo);
    }
}
