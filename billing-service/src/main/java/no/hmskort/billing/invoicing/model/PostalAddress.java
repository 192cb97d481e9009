package no.hmskort.billing.invoicing.model;

import java.util.List;
import java.util.Objects;

/**
 * An address as documents print it: street lines first to last, postal code, city and country (ISO 3166-1
 * alpha-2). Every unit billing knows is in Enhetsregisteret, a Norwegian register, so a missing country is NO.
 */
public record PostalAddress(List<String> lines, String postalCode, String city, String countryCode) {

    public static final String NORWAY = "NO";

    public PostalAddress {
        lines = lines == null ? List.of() : lines.stream().filter(Objects::nonNull).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        countryCode = countryCode == null || countryCode.isBlank() ? NORWAY : countryCode;
    }

    public static PostalAddress inNorway(String street, String postalCode, String city) {
        return new PostalAddress(street == null ? List.of() : List.of(street), postalCode, city, NORWAY);
    }
}
