package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Organisasjonsnummer: the nine-digit number Enhetsregisteret gives every main unit and sub-unit.
 * The last digit is a mod-11 check digit with weights 3,2,7,6,5,4,3,2.
 */
public record OrganisationNumber(@JsonValue String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (value == null || !value.matches("\\d{9}")) {
            throw new InvalidIdentifierException("organisation number", "must be nine digits");
        }
        if (CheckDigits.mod11(value, WEIGHTS) != value.charAt(8) - '0') {
            throw new InvalidIdentifierException("organisation number", "check digit does not match");
        }
    }

    @JsonCreator
    public static OrganisationNumber of(String value) {
        return new OrganisationNumber(value == null ? null : value.replace(" ", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
