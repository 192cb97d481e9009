package no.hmskort.billing.invoicing.ehf;

import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * The customer as an EHF document names it: the legal entity (a main unit) with its orgnr (its PEPPOL
 * address and legal registration), registered name and business address.
 */
public record Buyer(OrganisationNumber orgnr, String name, PostalAddress address) {
}
