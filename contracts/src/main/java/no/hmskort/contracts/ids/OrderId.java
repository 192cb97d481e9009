package no.hmskort.contracts.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An order, as order-service numbered it when it was placed. */
public record OrderId(@JsonValue UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    /** An id from a path or a message; a malformed one is an {@link InvalidIdentifierException}. */
    @JsonCreator
    public static OrderId of(String value) {
        return new OrderId(Uuids.parse("order id", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
