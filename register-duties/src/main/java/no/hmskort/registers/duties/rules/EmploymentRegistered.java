package no.hmskort.registers.duties.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/**
 * The holder works for the business, as a register shows: Aa-registeret for Norwegian employers;
 * Oppdrags- og arbeidsforholdsregisteret for foreign businesses (their assignment and the worker on it).
 * A sole proprietor's owner and the general partners of an ANS/DA are not employees and need no entry.
 */
public final class EmploymentRegistered implements RegisterDuty {

    @Override
    public String name() {
        return "employment-registered";
    }

    @Override
    public DutyResult check(CardFacts facts, LocalDate today) {
        BusinessFacts main = facts.mainUnit();
        if (isOwnerOrPartner(facts)) {
            return DutyResult.met();
        }
        if (main.isForeign() || facts.orderingUnit().isForeign()) {
            return foreignWork(facts, today);
        }
        List<PersonFacts.Employment> here = facts.person().employments().stream()
                .filter(e -> e.employer().equals(facts.orderingUnit().orgnr()) || e.employer().equals(main.orgnr()))
                .toList();
        Optional<PersonFacts.Employment> active = here.stream()
                .filter(e -> !today.isBefore(e.startDate()) && (e.endDate() == null || !today.isAfter(e.endDate())))
                .max(Comparator.comparing(e -> e.endDate() == null ? LocalDate.MAX : e.endDate()));
        if (active.isPresent()) {
            return DutyResult.metUntil(active.get().endDate());
        }
        Optional<PersonFacts.Employment> future = here.stream().filter(e -> today.isBefore(e.startDate()))
                .min(Comparator.comparing(PersonFacts.Employment::startDate));
        if (future.isPresent()) {
            return unmet("Aa-registeret", "the employment starts on " + future.get().startDate(), Laws.BUILDING_SITES);
        }
        Optional<LocalDate> ended = here.stream().map(PersonFacts.Employment::endDate).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder());
        return unmet("Aa-registeret", ended.map(d -> "the employment ended on " + d)
                .orElse("no employment is registered between the holder and the business"), Laws.BUILDING_SITES);
    }

    private static boolean isOwnerOrPartner(CardFacts facts) {
        BusinessFacts main = facts.mainUnit();
        String form = main.unit() == null ? null : main.unit().organisationForm();
        return ("ENK".equals(form) && main.holdsRole(facts.holder(), "INNH"))
                || (("ANS".equals(form) || "DA".equals(form)) && main.holdsRole(facts.holder(), "DTPR", "DTSO"));
    }

    private DutyResult foreignWork(CardFacts facts, LocalDate today) {
        List<BusinessFacts> businesses = List.of(facts.orderingUnit(), facts.mainUnit());
        for (PersonFacts.ForeignWork work : facts.person().foreignWork()) {
            Optional<BusinessFacts.Assignment> assignment = businesses.stream()
                    .filter(b -> b.orgnr().equals(work.business()))
                    .flatMap(b -> b.assignments().stream())
                    .filter(a -> a.assignmentId().equals(work.assignmentId())).findFirst();
            if (assignment.isPresent() && within(today, work.startDate(), work.endDate())
                    && within(today, assignment.get().startDate(), assignment.get().endDate())) {
                return DutyResult.metUntil(earliest(work.endDate(), assignment.get().endDate()));
            }
        }
        return unmet("Oppdrags- og arbeidsforholdsregisteret",
                "no current work for the business on a registered assignment in Norway", Laws.BUILDING_SITES);
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
