package no.hmskort.order.ordering.model;

import java.util.UUID;
import java.util.regex.Pattern;
import no.hmskort.contracts.ids.InvalidIdentifierException;

/**
 * Our ids are random UUIDs written in their canonical form. {@link UUID#fromString} alone also takes forms
 * such as {@code 1-2-3-4-5}, which would name an order no one ever made instead of being refused.
 */
final class Uuids {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    static UUID parse(String identifier, String text) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new InvalidIdentifierException(identifier, "must be a UUID: 32 hexadecimal digits as 8-4-4-4-12");
        }
        return UUID.fromString(text);
    }

    static UUID required(String identifier, UUID value) {
        if (value == null) {
            throw new InvalidIdentifierException(identifier, "is missing");
        }
        return value;
    }
}
