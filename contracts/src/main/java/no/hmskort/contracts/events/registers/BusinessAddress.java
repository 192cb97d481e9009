package no.hmskort.contracts.events.registers;

import java.util.List;

/**
 * An address as Enhetsregisteret gives it: the business address (forretningsadresse) of a main unit, the
 * location (beliggenhetsadresse) of a sub-unit.
 *
 * @param lines the street lines, first to last
 * @param countryCode ISO 3166-1 alpha-2, e.g. NO
 */
public record BusinessAddress(List<String> lines, String postalCode, String city, String countryCode) {

    public BusinessAddress {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
