package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A person's national identifier: fødselsnummer (Folkeregisteret) or D-nummer (foreigners, day + 40).
 * Eleven digits, two mod-11 check digits. Synthetic test numbers (month + 40 in NAV's test data,
 * + 80 in Skatteetaten's) are well-formed here; whether they are accepted is the caller's policy
 * ({@link #isSynthetic()}).
 *
 * <p>Personal data: {@link #toString()} masks it, so it never reaches a log by accident.
 */
public record PersonId(@JsonValue String value) {

    private static final int[] K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public PersonId {
        if (value == null || !value.matches("\\d{11}")) {
            throw new InvalidIdentifierException("personal number", "must be eleven digits");
        }
        if (CheckDigits.mod11(value, K1) != value.charAt(9) - '0'
                || CheckDigits.mod11(value, K2) != value.charAt(10) - '0') {
            throw new InvalidIdentifierException("personal number", "check digits do not match");
        }
        try {
            birthDateOf(value);
        } catch (DateTimeException e) {
            throw new InvalidIdentifierException("personal number", "does not start with a valid date");
        }
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value == null ? null : value.replace(" ", ""));
    }

    /** D-nummer: assigned to foreigners; the day of birth has 4 added to its first digit. */
    public boolean isDNumber() {
        return value.charAt(0) >= '4';
    }

    /** A synthetic number from NAV's (+40) or Skatteetaten's (+80) test data. */
    public boolean isSynthetic() {
        return month() > 12;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    private int month() {
        return Integer.parseInt(value.substring(2, 4));
    }

    private static LocalDate birthDateOf(String value) {
        int day = Integer.parseInt(value.substring(0, 2));
        int month = Integer.parseInt(value.substring(2, 4));
        int year = Integer.parseInt(value.substring(4, 6));
        int individual = Integer.parseInt(value.substring(6, 9));
        if (day > 40) {
            day -= 40;
        }
        if (month > 80) {
            month -= 80;
        } else if (month > 40) {
            month -= 40;
        }
        return LocalDate.of(century(individual, year) + year, month, day);
    }

    /** Folkeregisteret's mapping from the individual number to the century of birth. */
    private static int century(int individual, int year) {
        if (individual < 500) {
            return 1900;
        }
        if (individual < 750 && year >= 54) {
            return 1800;
        }
        if (year < 40) {
            return 2000;
        }
        if (individual >= 900) {
            return 1900;
        }
        throw new DateTimeException("individual number outside every century range");
    }

    /**
     * A stable pseudonym for this person, for Kafka keys and document ids where the personal number itself
     * must not appear: a keyed hash ({@link Pseudonyms}), not reversible without the deployment's secret.
     */
    public String pseudonym() {
        return Pseudonyms.of(value);
    }

    @Override
    public String toString() {
        return value.substring(0, 6) + "*****";
    }
}
