package no.hmskort.billing.invoicing.web.ehf;

import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The scheme operator, who sells the cards and issues the documents: registered in Foretaksregisteret and
 * in the VAT register, paid by credit transfer to {@code bankAccount}.
 */
@ConfigurationProperties("hmskort.billing.seller")
public record Seller(String name, String orgnr, String street, String postalCode, String city, String bankAccount,
        int paymentTermsDays) {

    public Seller {
        OrganisationNumber.of(orgnr);
    }

    /** Merverdiavgiftsregisteret's form of the VAT number: NO + orgnr + MVA. */
    public String vatNumber() {
        return "NO" + orgnr + "MVA";
    }
}
