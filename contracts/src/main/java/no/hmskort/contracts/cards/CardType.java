package no.hmskort.contracts.cards;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import no.hmskort.contracts.ids.InvalidIdentifierException;

/**
 * A kind of HMS card ({@code construction}, {@code cleaning}, {@code car-care}, ...). An open set: schemes are added over the years
 * (car care 2022, goods delivery by van 2026), so the types on offer and their traits come from each
 * service's configuration; this type only guarantees the code is well formed.
 */
public record CardType(@JsonValue String code) {

    public CardType {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new InvalidIdentifierException("card type", "must be a lower-case code such as construction");
        }
    }

    @JsonCreator
    public static CardType of(String code) {
        return new CardType(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
