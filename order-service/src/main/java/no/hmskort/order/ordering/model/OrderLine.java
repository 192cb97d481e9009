package no.hmskort.order.ordering.model;

import java.util.UUID;
import no.hmskort.contracts.events.CardHolder;

/** One card ordered for one person. */
public record OrderLine(UUID lineId, CardHolder holder, LineState state) {
}
