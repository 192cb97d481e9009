package no.hmskort.order.ordering.model;

import java.util.regex.Pattern;
import no.hmskort.contracts.ids.InvalidIdentifierException;

/**
 * A card type by the name configuration gives it ({@code construction}, {@code cleaning}, {@code car-care}):
 * open data, not an enum, since schemes are added over the years. Which types exist is {@link CardTypes}',
 * which a business may order {@link CardTypePolicy}'s; this type only holds that the name is a name.
 */
public record CardType(String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public CardType {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidIdentifierException("card type",
                    "must be lower-case letters and digits, words joined by single hyphens");
        }
    }

    public static CardType of(String name) {
        return new CardType(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
