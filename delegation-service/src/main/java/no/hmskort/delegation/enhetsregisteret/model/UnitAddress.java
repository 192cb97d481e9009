package no.hmskort.delegation.enhetsregisteret.model;

import java.util.List;

/**
 * A unit's address as the register gives it: a main unit's business address, a sub-unit's location.
 *
 * @param lines the street lines, first to last
 * @param countryCode ISO 3166-1 alpha-2, e.g. NO
 */
public record UnitAddress(List<String> lines, String postalCode, String city, String countryCode) {

    public UnitAddress {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
