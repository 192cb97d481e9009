package no.hmskort.billing.invoicing.web.ehf;

import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * The customer as an EHF document names it: the legal entity (a main unit) with its orgnr (its PEPPOL
 * address and legal registration), registered name and business address.
 */
public record Buyer(OrganisationNumber orgnr, String name, PostalAddress address) {

    public static Buyer of(OrganisationNumber orgnr, Party party) {
        return new Buyer(orgnr, party.name(), party.address());
    }
}
