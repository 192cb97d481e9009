package no.hmskort.cardstatus.cards.model;

import java.time.LocalDate;
import no.hmskort.contracts.ids.PersonId;

/**
 * The person a card is for (kortholder), as the card carries them. The personal number stays inside the
 * service: it is never shown, and it is stored only as the card's own field.
 */
public record Holder(PersonId person, String name, LocalDate birthDate) {
}
