package no.hmskort.contracts.events.registers;

import java.time.Instant;
import no.hmskort.contracts.events.EventType;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * The current state of one unit, in full (state transfer: applying it twice changes nothing; an older
 * {@code asOf} than the one held is ignored).
 *
 * @param parent the main unit of a sub-unit; null for a main unit
 * @param organisationForm Enhetsregisteret's code, e.g. AS, ENK, ANS, NUF, BEDR (sub-unit)
 */
@EventType(name = "UnitChanged", version = 1)
public record UnitChanged(
        OrganisationNumber orgnr,
        String name,
        String organisationForm,
        OrganisationNumber parent,
        boolean deleted,
        boolean bankrupt,
        boolean underLiquidation,
        Instant asOf) implements EnhetsregisteretEvent {

    public boolean isMainUnit() {
        return parent == null;
    }
}
