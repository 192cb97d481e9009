package no.hmskort.billing.invoicing.ehf;

import no.hmskort.contracts.ids.OrganisationNumber;

/** The customer as an EHF document names it: orgnr (its PEPPOL address), legal name, postal address in Norway. */
public record Buyer(OrganisationNumber orgnr, String name, String street, String postalCode, String city) {
}
