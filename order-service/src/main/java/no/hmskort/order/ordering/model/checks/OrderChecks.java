package no.hmskort.order.ordering.model.checks;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.Outcome;

/**
 * The rules an order must pass before it is placed, as a list in the order they are asked: the first that
 * refuses decides. Every check comes before the one write, so a refused order leaves nothing behind.
 */
public final class OrderChecks {

    private final List<OrderCheck> checks;

    public OrderChecks(List<OrderCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks order-service runs. */
    public static OrderChecks of(CardTypePolicy cardTypes, Period renewalWindow) {
        return new OrderChecks(List.of(new BusinessKnown(), new BusinessActive(), new DeliveryAddressOfTheBusiness(),
                new CardTypeAllowed(cardTypes), new NoDuplicateCards(renewalWindow)));
    }

    public List<OrderCheck> checks() {
        return checks;
    }

    /** The first refusal, or none when the order may be placed. */
    public Optional<Outcome.Refused<?>> firstRefusal(OrderFacts facts) {
        return checks.stream().map(check -> check.check(facts)).flatMap(Optional::stream).findFirst();
    }
}
