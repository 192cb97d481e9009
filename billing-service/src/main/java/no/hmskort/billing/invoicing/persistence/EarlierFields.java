package no.hmskort.billing.invoicing.persistence;

import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.contracts.ids.OrganisationNumber;

/** How invoices and credit notes written before a field was kept read that field. */
final class EarlierFields {

    private EarlierFields() {
    }

    /** Before buyers were main units, the customer was the unit that ordered. */
    static OrganisationNumber orderingUnit(String orderingUnit, OrganisationNumber customer) {
        return orderingUnit == null ? customer : OrganisationNumber.of(orderingUnit);
    }

    /** Before the delivery was kept, documents printed the buyer's address as it was then. */
    static Delivery delivery(Delivery delivery, Party buyer) {
        return delivery != null ? delivery : new Delivery(buyer.name(), buyer.address());
    }
}
