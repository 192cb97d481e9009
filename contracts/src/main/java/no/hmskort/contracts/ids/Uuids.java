package no.hmskort.contracts.ids;

import java.util.UUID;

/** Reads the UUIDs that ids are made of, refusing anything else with the id's name. */
final class Uuids {

    private Uuids() {
    }

    static UUID parse(String what, String value) {
        if (value == null || !value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw new InvalidIdentifierException(what, "must be a UUID");
        }
        return UUID.fromString(value);
    }
}
