package no.hmskort.order.ordering.model;

import java.util.List;

/**
 * The card types on offer: open data from configuration, not an enum, since schemes are added over the
 * years (car care 2022, goods delivery by van 2026).
 */
public record CardTypes(List<String> codes) {

    public CardTypes {
        codes = List.copyOf(codes);
    }

    public boolean offers(String code) {
        return codes.contains(code);
    }
}
