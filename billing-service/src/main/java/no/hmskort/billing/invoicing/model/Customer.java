package no.hmskort.billing.invoicing.model;

import java.time.Instant;
import no.hmskort.contracts.ids.OrganisationNumber;

/**
 * A unit as Enhetsregisteret last told us: name, main unit and business address. Invoices go to the main
 * unit of the unit that ordered, with its registered name and business address.
 *
 * @param parent the main unit; null for a main unit
 * @param address null when never given
 * @param asOf when the register said so; null for a unit not heard of yet
 */
public record Customer(OrganisationNumber orgnr, String name, OrganisationNumber parent, PostalAddress address,
        Instant asOf) {

    /** A unit the register has not told us of yet. */
    public static Customer unknown(OrganisationNumber orgnr) {
        return new Customer(orgnr, null, null, null, null);
    }

    /** The main unit: the parent, or the unit itself for a main unit. */
    public OrganisationNumber mainUnit() {
        return parent == null ? orgnr : parent;
    }

    /**
     * The unit after the register's {@code report}: state transfer, so the newer {@code asOf} wins and an older
     * or repeated report changes nothing. A report without an address (from a producer older than the field)
     * keeps the address already known.
     */
    public Customer after(Customer report) {
        if (asOf != null && !report.asOf().isAfter(asOf)) {
            return this;
        }
        PostalAddress known = report.address() != null ? report.address() : address;
        return new Customer(orgnr, report.name(), report.parent(), known, report.asOf());
    }
}
