package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** One line of an order: one person's card. Unique across orders. */
public record LineId(@JsonValue UUID value) {

    public LineId {
        Objects.requireNonNull(value, "line id");
    }

    public static LineId random() {
        return new LineId(UUID.randomUUID());
    }

    /** An id from a path or a message; a malformed one is an {@link InvalidIdentifierException}. */
    @JsonCreator
    public static LineId of(String value) {
        return new LineId(Uuids.parse("line id", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
