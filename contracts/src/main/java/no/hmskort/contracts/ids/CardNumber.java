package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.random.RandomGenerator;

/**
 * The number printed on an HMS card: nine random digits (first non-zero) and a Luhn check digit.
 * Random, not a counter, so one card's number says nothing about another's; the check digit catches a
 * mistyped digit and most swapped neighbours before any lookup.
 */
public record CardNumber(@JsonValue String value) {

    public CardNumber {
        if (value == null || !value.matches("[1-9]\\d{9}")) {
            throw new InvalidIdentifierException("card number", "must be ten digits, not starting with 0");
        }
        if (CheckDigits.luhn(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new InvalidIdentifierException("card number", "check digit does not match");
        }
    }

    @JsonCreator
    public static CardNumber of(String value) {
        return new CardNumber(value == null ? null : value.replace(" ", ""));
    }

    /** A fresh random number; uniqueness is the caller's job (a unique index). */
    public static CardNumber random(RandomGenerator random) {
        String body = Long.toString(100_000_000L + random.nextLong(900_000_000L));
        return new CardNumber(body + CheckDigits.luhn(body));
    }

    @Override
    public String toString() {
        return value;
    }
}
