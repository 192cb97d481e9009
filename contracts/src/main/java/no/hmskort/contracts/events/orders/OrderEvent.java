package no.hmskort.contracts.events.orders;

import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.ids.OrganisationNumber;

/** What order-service tells production: order lines ready to be made into cards. */
public sealed interface OrderEvent extends Event permits OrderLineApproved {

    OrganisationNumber orderingUnit();

    @Override
    default String partitionKey() {
        return orderingUnit().value();
    }
}
