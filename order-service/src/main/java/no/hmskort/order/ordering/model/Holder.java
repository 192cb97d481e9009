package no.hmskort.order.ordering.model;

import java.time.LocalDate;
import no.hmskort.contracts.ids.PersonId;

/** The person a card is for; the personal number stays in the order, never in a key. */
public record Holder(PersonId person, String name, LocalDate birthDate) {
}
