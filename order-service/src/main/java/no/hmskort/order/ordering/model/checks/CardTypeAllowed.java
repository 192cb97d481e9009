package no.hmskort.order.ordering.model.checks;

import java.util.Optional;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;

/** The card-type policy lets the business (by its main unit's approvals) order the type today. */
public final class CardTypeAllowed implements OrderCheck {

    private final CardTypePolicy policy;

    public CardTypeAllowed(CardTypePolicy policy) {
        this.policy = policy;
    }

    @Override
    public Optional<Outcome.Refused<?>> check(OrderFacts facts) {
        CardTypePolicy.Decision decision = policy.decide(facts.cardType(), new CardTypePolicy.Approvals(
                Boolean.TRUE.equals(facts.employer().cleaningApproved()),
                Boolean.TRUE.equals(facts.employer().carCareApproved())), facts.today());
        return decision.allowed() ? Optional.empty() : OrderCheck.refuse(Refusal.CARD_TYPE_NOT_ALLOWED,
                facts.cardType() + " cards cannot be ordered by " + facts.orderingUnit() + ": " + decision.reason());
    }
}
