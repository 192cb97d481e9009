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
 * @param industryCode the unit's main industry (næringskode 1, SN2007), e.g. {@code 78.200} for hiring out
 *     labour; null when the register gives none
 * @param address the main unit's business address, or the sub-unit's location; null when not given
 *     (industry code and address were added in v1 without a break: older producers leave them out)
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
        Instant asOf,
        String industryCode,
        BusinessAddress address) implements EnhetsregisteretEvent {

    /** A unit without an industry code or address. */
    public UnitChanged(OrganisationNumber orgnr, String name, String organisationForm, OrganisationNumber parent,
            boolean deleted, boolean bankrupt, boolean underLiquidation, Instant asOf) {
        this(orgnr, name, organisationForm, parent, deleted, bankrupt, underLiquidation, asOf, null, null);
    }

    public boolean isMainUnit() {
        return parent == null;
    }
}
