package no.hmskort.order.ordering.model;

import java.util.List;
import java.util.Optional;

/**
 * The card types on offer: open data from configuration, not an enum, since schemes are added over the
 * years (car care 2022, goods delivery by van 2026).
 */
public record CardTypes(List<CardType> types) {

    public CardTypes {
        types = List.copyOf(types);
    }

    public boolean offers(CardType type) {
        return types.contains(type);
    }

    /** The type on offer by this name; empty for any other name, well-formed or not. */
    public Optional<CardType> named(String name) {
        return types.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
