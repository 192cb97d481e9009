package no.hmskort.contracts.events.registers;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.OrganisationNumber;

/** Enhetsregisteret (Brønnøysundregistrene): the register of legal entities and their units. */
public sealed interface EnhetsregisteretEvent extends Event permits UnitChanged, RolesChanged {

    OrganisationNumber orgnr();

    @Override
    default String partitionKey() {
        return orgnr().value();
    }
}
