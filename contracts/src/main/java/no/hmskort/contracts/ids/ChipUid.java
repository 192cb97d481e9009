package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The UID an access-control gate reads from the card's chip: 4, 7 or 10 bytes, written as upper-case hex. */
public record ChipUid(@JsonValue String value) {

    public ChipUid {
        if (value == null || !value.matches("[0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20}")) {
            throw new InvalidIdentifierException("chip UID", "must be 4, 7 or 10 bytes in hex");
        }
    }

    @JsonCreator
    public static ChipUid of(String value) {
        return new ChipUid(value == null ? null : value.replace(":", "").toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
