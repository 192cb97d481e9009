package no.hmskort.order.ordering.model.checks;

import java.util.Optional;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.duties.DutyResult;
import no.hmskort.registers.duties.RegisterDuty;

/**
 * A deleted, bankrupt or wound-up unit cannot order cards: the register duty business-active, the one
 * card validity applies, asked about the ordering unit. Its main unit is left to the duty as each line is
 * judged, so a sub-unit of a main unit in trouble still orders, and its lines wait for registration.
 */
public final class BusinessActive implements OrderCheck {

    private final RegisterDuty duty = new no.hmskort.registers.duties.rules.BusinessActive();

    @Override
    public Optional<Outcome.Refused<?>> check(OrderFacts facts) {
        // the ordering unit in both places: only it is judged here
        CardFacts unitOnly = new CardFacts(facts.cardType().name(), null, facts.unit(), facts.unit(), null);
        return duty.check(unitOnly, facts.today()) instanceof DutyResult.Unmet unmet
                ? OrderCheck.refuse(Refusal.BUSINESS_NOT_ACTIVE, unmet.duty().reason() + ": it cannot order cards")
                : Optional.empty();
    }
}
