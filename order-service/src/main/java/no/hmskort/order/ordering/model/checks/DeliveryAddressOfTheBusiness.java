package no.hmskort.order.ordering.model.checks;

import java.util.Optional;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;

/** The cards go to an address of the ordering unit or of its main unit, never to one of another business. */
public final class DeliveryAddressOfTheBusiness implements OrderCheck {

    @Override
    public Optional<Outcome.Refused<?>> check(OrderFacts facts) {
        boolean ours = facts.address().filter(a -> a.servesOrderOf(facts.orderingUnit(), facts.unit().mainUnit()))
                .isPresent();
        return ours ? Optional.empty() : OrderCheck.refuse(Refusal.UNKNOWN_DELIVERY_ADDRESS, "Address "
                + facts.deliveryAddressId() + " is not an address of " + facts.orderingUnit() + " or its main unit");
    }
}
