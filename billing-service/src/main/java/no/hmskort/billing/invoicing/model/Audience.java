package no.hmskort.billing.invoicing.model;

import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * Which invoices and credit notes a unit's people see. A document belongs to the legal entity it was
 * addressed to: a main unit sees every document addressed to it, which includes what its sub-units ordered;
 * a sub-unit sees what it ordered for its current main unit. So a sub-unit that moves to another main unit
 * takes none of the old main unit's documents along, and the old main unit keeps them.
 *
 * @param unit the unit asked for
 * @param mainUnit its main unit as Enhetsregisteret last said; the unit itself for a main unit
 */
public record Audience(OrganisationNumber unit, OrganisationNumber mainUnit) {

    public boolean sees(OrganisationNumber customer, OrganisationNumber orderingUnit) {
        return customer.equals(unit) || (orderingUnit.equals(unit) && customer.equals(mainUnit));
    }
}
