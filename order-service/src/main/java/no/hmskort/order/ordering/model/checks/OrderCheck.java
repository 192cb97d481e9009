package no.hmskort.order.ordering.model.checks;

import java.util.Optional;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;

/** One rule an order must pass before it is placed: a small function from what we know to a refusal or none. */
public interface OrderCheck {

    Optional<Outcome.Refused<?>> check(OrderFacts facts);

    static Optional<Outcome.Refused<?>> refuse(Refusal rule, String detail) {
        return Optional.of(new Outcome.Refused<>(rule, detail));
    }
}
