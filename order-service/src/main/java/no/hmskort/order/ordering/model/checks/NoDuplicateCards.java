package no.hmskort.order.ordering.model.checks;

import java.time.Period;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.DuplicateRule;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;

/** The duplicate rule ({@link DuplicateRule}) for every line, and no person twice in one order. */
public final class NoDuplicateCards implements OrderCheck {

    private final Period renewalWindow;

    public NoDuplicateCards(Period renewalWindow) {
        this.renewalWindow = renewalWindow;
    }

    @Override
    public Optional<Outcome.Refused<?>> check(OrderFacts facts) {
        Set<PersonId> inThisOrder = new HashSet<>();
        for (int i = 0; i < facts.lines().size(); i++) {
            OrderFacts.LineFacts line = facts.lines().get(i);
            String who = "lines[" + i + "] (" + line.person() + ")";
            if (!inThisOrder.add(line.person())) {
                return OrderCheck.refuse(Refusal.DUPLICATE_CARD, who + " appears twice in this order");
            }
            Optional<DuplicateRule.Refusal> refusal = DuplicateRule.check(facts.cardType(), line.replacesCard(),
                    line.openLineExists(), line.alreadyReplaced(), line.cards(), facts.today(), renewalWindow);
            if (refusal.isPresent()) {
                return OrderCheck.refuse(rule(refusal.get()), who + ": " + refusal.get().reason() + " ("
                        + facts.cardType() + ", " + facts.unit().mainUnit() + ")");
            }
        }
        return Optional.empty();
    }

    private static Refusal rule(DuplicateRule.Refusal refusal) {
        return switch (refusal) {
            case REPLACED_CARD_NOT_BLOCKED -> Refusal.REPLACED_CARD_NOT_BLOCKED;
            case RENEWAL_TOO_EARLY -> Refusal.RENEWAL_TOO_EARLY;
            case OPEN_LINE, ACTIVE_CARD, ALREADY_REPLACED -> Refusal.DUPLICATE_CARD;
        };
    }
}
