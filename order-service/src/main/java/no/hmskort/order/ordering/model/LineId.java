package no.hmskort.order.ordering.model;

import java.util.UUID;

/** Identifies one line of an order: a random UUID, written in its canonical form like {@link OrderId}. */
public record LineId(UUID value) {

    public LineId {
        Uuids.required("line id", value);
    }

    /** @throws no.hmskort.contracts.ids.InvalidIdentifierException when the text is not a canonical UUID */
    public static LineId of(String text) {
        return new LineId(Uuids.parse("line id", text));
    }

    public static LineId random() {
        return new LineId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
