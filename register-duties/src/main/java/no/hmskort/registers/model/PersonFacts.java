package no.hmskort.registers.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;

/**
 * What the registers say about one person: name, employments, foreign work, D-number status, residence
 * permit.
 *
 * @param name the name in Folkeregisteret (or the D-number register); null while the register has not spoken
 */
public record PersonFacts(
        PersonId person,
        List<Employment> employments,
        List<ForeignWork> foreignWork,
        Boolean dNumberActive,
        Instant dNumberAsOf,
        ResidencePermit residencePermit,
        RegisteredName name) {

    public PersonFacts {
        employments = employments == null ? List.of() : List.copyOf(employments);
        foreignWork = foreignWork == null ? List.of() : List.copyOf(foreignWork);
    }

    public static PersonFacts unknown(PersonId person) {
        return new PersonFacts(person, List.of(), List.of(), null, null, null, null);
    }

    /** A name as a register has it, from a snapshot at {@code asOf}. */
    public record RegisteredName(String name, Instant asOf) {
    }

    public PersonFacts withName(RegisteredName newer) {
        return name != null && !newer.asOf().isAfter(name.asOf()) ? this
                : new PersonFacts(person, employments, foreignWork, dNumberActive, dNumberAsOf, residencePermit, newer);
    }

    /** The registered name, when the register knows the person. */
    public java.util.Optional<String> registeredName() {
        return java.util.Optional.ofNullable(name).map(RegisteredName::name);
    }

    /** An employment in Aa-registeret. */
    public record Employment(String employmentId, OrganisationNumber employer, LocalDate startDate, LocalDate endDate,
            Instant asOf) {
    }

    /** Work on a foreign business's assignment, in Oppdrags- og arbeidsforholdsregisteret. */
    public record ForeignWork(String assignmentId, OrganisationNumber business, LocalDate startDate,
            LocalDate endDate, Instant asOf) {
    }

    /** A residence permit; {@code validUntil} null when permanent. */
    public record ResidencePermit(boolean workAccess, LocalDate validUntil, Instant asOf) {
    }

    public PersonFacts withEmployment(Employment newer) {
        List<Employment> updated = replaced(employments, e -> e.employmentId().equals(newer.employmentId()),
                newer, Employment::asOf);
        return updated == null ? this
                : new PersonFacts(person, updated, foreignWork, dNumberActive, dNumberAsOf, residencePermit, name);
    }

    public PersonFacts withForeignWork(ForeignWork newer) {
        List<ForeignWork> updated = replaced(foreignWork, w -> w.assignmentId().equals(newer.assignmentId()),
                newer, ForeignWork::asOf);
        return updated == null ? this
                : new PersonFacts(person, employments, updated, dNumberActive, dNumberAsOf, residencePermit, name);
    }

    public PersonFacts withDNumberStatus(boolean active, Instant asOf) {
        return dNumberAsOf != null && !asOf.isAfter(dNumberAsOf) ? this
                : new PersonFacts(person, employments, foreignWork, active, asOf, residencePermit, name);
    }

    public PersonFacts withResidencePermit(ResidencePermit newer) {
        return residencePermit != null && !newer.asOf().isAfter(residencePermit.asOf()) ? this
                : new PersonFacts(person, employments, foreignWork, dNumberActive, dNumberAsOf, newer, name);
    }

    /** The list with {@code newer} in place of its older version; null when the list already has it or newer. */
    private static <T> List<T> replaced(List<T> list, Predicate<T> same, T newer,
            java.util.function.Function<T, Instant> asOf) {
        List<T> updated = new ArrayList<>();
        for (T item : list) {
            if (same.test(item)) {
                if (!asOf.apply(newer).isAfter(asOf.apply(item))) {
                    return null;
                }
            } else {
                updated.add(item);
            }
        }
        updated.add(newer);
        return updated;
    }
}
