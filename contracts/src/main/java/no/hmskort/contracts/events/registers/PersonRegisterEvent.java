package no.hmskort.contracts.events.registers;

import java.time.Instant;
import java.time.LocalDate;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.PersonId;

/**
 * Facts about a person: Folkeregisteret (name) and D-number status (via SFU), and residence permits with
 * access to work (UDI). Keyed by the person's pseudonym, never the personal number.
 */
public sealed interface PersonRegisterEvent extends Event permits PersonRegisterEvent.PersonNameChanged,
        PersonRegisterEvent.DNumberStatusChanged, PersonRegisterEvent.ResidencePermitChanged {

    PersonId person();

    @Override
    default String partitionKey() {
        return person().pseudonym();
    }

    /**
     * The person's name as Folkeregisteret (or, for a D-number, the D-number register) has it: the name a
     * card carries when the register knows the person.
     */
    @EventType(name = "PersonNameChanged", version = 1)
    record PersonNameChanged(PersonId person, String name, Instant asOf) implements PersonRegisterEvent {
    }

    /** Whether a D-number is active; Skatteetaten deactivates D-numbers unused for five years. */
    @EventType(name = "DNumberStatusChanged", version = 1)
    record DNumberStatusChanged(PersonId person, boolean active, Instant asOf) implements PersonRegisterEvent {
    }

    /**
     * The person's residence permit now.
     *
     * @param validUntil the last day of the permit; null when permanent
     */
    @EventType(name = "ResidencePermitChanged", version = 1)
    record ResidencePermitChanged(PersonId person, boolean workAccess, LocalDate validUntil, Instant asOf)
            implements PersonRegisterEvent {
    }
}
