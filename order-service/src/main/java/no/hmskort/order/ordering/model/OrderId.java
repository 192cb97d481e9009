package no.hmskort.order.ordering.model;

import java.util.UUID;

/** Identifies an order: a random UUID, written in its canonical form in paths, events and documents. */
public record OrderId(UUID value) {

    public OrderId {
        Uuids.required("order id", value);
    }

    /** @throws no.hmskort.contracts.ids.InvalidIdentifierException when the text is not a canonical UUID */
    public static OrderId of(String text) {
        return new OrderId(Uuids.parse("order id", text));
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
