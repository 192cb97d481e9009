package no.hmskort.order.ordering.web;

import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.Orders;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.stereotype.Component;

/** An order as a business may see it: the caller has rights for the unit, and the order is the unit's. */
@Component
public class BusinessOrders {

    private final Orders orders;
    private final BusinessAccess access;

    BusinessOrders(Orders orders, BusinessAccess access) {
        this.orders = orders;
        this.access = access;
    }

    public PersonId person(Caller caller) {
        return caller.requirePerson();
    }

    public OrganisationNumber authorised(Caller caller, String orgnr) {
        OrganisationNumber unit = OrganisationNumber.of(orgnr);
        access.requireRight(caller, unit);
        return unit;
    }

    public Order order(Caller caller, String orgnr, OrderId orderId) {
        OrganisationNumber unit = authorised(caller, orgnr);
        return orders.find(orderId)
                .filter(o -> o.orderingUnit().equals(unit) || o.employer().equals(unit))
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No order " + orderId + " for " + orgnr));
    }
}
