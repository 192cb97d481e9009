package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.time.LocalDate;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.model.Eligibility;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.platform.time.Norway;
import no.hmskort.registers.duties.CardFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.registers.store.Facts;
import no.hmskort.registers.store.FactsListener;
import org.springframework.stereotype.Service;

/**
 * Judges waiting lines against the register facts: at order time, when documents arrive, when the identity
 * is verified, when a register event changes the facts of a unit or person they wait for, and daily (for
 * dates that pass). The holder's registered name is taken along, for the card. Judging a line twice on the
 * same facts changes nothing.
 */
@Service
public class JudgingLines implements FactsListener {

    private final Orders orders;
    private final ChangingOrders changing;
    private final Facts facts;
    private final Eligibility eligibility;
    private final Clock clock;

    JudgingLines(Orders orders, ChangingOrders changing, Facts facts, Eligibility eligibility, Clock clock) {
        this.orders = orders;
        this.changing = changing;
        this.facts = facts;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** Every waiting line of the order, judged on the facts as they are and the given day. */
    public Order judge(Order order, LocalDate today) {
        return order.withLines(line -> line.state().isWaiting() ? judge(order, line, today) : line);
    }

    public Order judge(Order order) {
        return judge(order, Norway.today(clock));
    }

    /** One line of the order judged on the facts as they are today (the others are left as they stand). */
    public Order judgeLine(Order order, LineId lineId) {
        LocalDate today = Norway.today(clock);
        return order.withLine(lineId, line -> line.state().isWaiting() ? judge(order, line, today) : line);
    }

    private OrderLine judge(Order order, OrderLine line, LocalDate today) {
        PersonFacts person = facts.person(line.holder().person());
        CardFacts cardFacts = new CardFacts(order.cardType().name(), line.holder().person(),
                facts.business(order.orderingUnit()), facts.business(order.employer()), person);
        return line.judged(eligibility.judge(cardFacts, today), person.registeredName().orElse(null), clock.instant());
    }

    public void rejudge(OrderId orderId, LocalDate today) {
        changing.change(orderId, order -> judge(order, today));
    }

    @Override
    public void businessChanged(OrganisationNumber orgnr) {
        orders.waitingForUnit(orgnr).forEach(id -> rejudge(id, Norway.today(clock)));
    }

    @Override
    public void personChanged(PersonId person) {
        orders.waitingForPerson(person).forEach(id -> rejudge(id, Norway.today(clock)));
    }
}
