package no.hmskort.contracts.events;

import java.time.LocalDate;
import no.hmskort.contracts.ids.PersonId;

/** The person a card is for. The personal number travels in payloads only, never in keys or headers. */
public record CardHolder(PersonId person, String name, LocalDate birthDate) {
}
