package no.hmskort.order.ordering.model.checks;

import java.util.Optional;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;

/** The ordering unit is in our copy of Enhetsregisteret: its name and state are needed for the order. */
public final class BusinessKnown implements OrderCheck {

    @Override
    public Optional<Outcome.Refused<?>> check(OrderFacts facts) {
        return facts.unit().unit() != null ? Optional.empty()
                : OrderCheck.refuse(Refusal.BUSINESS_NOT_KNOWN_YET, "Try again in a moment: " + facts.orderingUnit()
                        + " is not in our copy of Enhetsregisteret yet");
    }
}
