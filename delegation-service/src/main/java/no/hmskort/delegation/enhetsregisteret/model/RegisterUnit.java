package no.hmskort.delegation.enhetsregisteret.model;

import java.time.Instant;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A unit as Enhetsregisteret shows it at {@code asOf}.
 *
 * @param parent the main unit of a sub-unit; null for a main unit
 * @param organisationForm the register's code, e.g. AS, ENK, BEDR (sub-unit)
 * @param industryCode the main industry (SN2007), e.g. {@code 81.210}; null when not given
 * @param address null when not given
 * @param vatRegistered whether the unit is in the VAT register; null when the register's answer does not say
 */
public record RegisterUnit(OrganisationNumber orgnr, String name, String organisationForm, OrganisationNumber parent,
        boolean deleted, boolean bankrupt, boolean underLiquidation, Instant asOf, String industryCode,
        UnitAddress address, Boolean vatRegistered) {

    /** A unit the register has deleted; it may still tell its name and form. */
    public static RegisterUnit deleted(OrganisationNumber orgnr, String name, String organisationForm, Instant asOf) {
        return new RegisterUnit(orgnr, name, organisationForm, null, true, false, false, asOf, null, null, null);
    }

    public boolean showsVatRegistration() {
        return vatRegistered != null;
    }
}
