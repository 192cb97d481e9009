package no.hmskort.order.ordering.model;

import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;
import no.hmskort.contracts.ids.CardNumber;

/**
 * One card ordered for one person.
 *
 * @param cardNumber the card made for this line, once printed; null before
 */
public record OrderLine(UUID lineId, CardHolder holder, LineState state, CardNumber cardNumber) {

    public OrderLine printed(CardNumber card) {
        return new OrderLine(lineId, holder, LineState.PRINTED, card);
    }
}
