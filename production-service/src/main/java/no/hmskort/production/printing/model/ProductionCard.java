package no.hmskort.production.printing.model;

import java.time.LocalDate;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;

/**
 * A card in the making, from the approved order line to the printed card with its chip.
 *
 * @param line the approved order line it is made from (holder, employer, address, order time)
 */
public record ProductionCard(CardNumber cardNumber, OrderLineApproved line, ProductionState state, ChipUid chipUid,
        LocalDate issuedOn, LocalDate expiresOn, String failureReason) {

    public static ProductionCard requested(CardNumber number, OrderLineApproved line) {
        return new ProductionCard(number, line, ProductionState.PRINT_REQUESTED, null, null, null, null);
    }

    public ProductionCard printed(ChipUid chip, LocalDate on) {
        return new ProductionCard(cardNumber, line, ProductionState.PRINTED, chip, on, ValidityPeriod.expiryFor(on),
                null);
    }

    public ProductionCard failed(String reason) {
        return new ProductionCard(cardNumber, line, ProductionState.PRINT_FAILED, null, null, null, reason);
    }
}
