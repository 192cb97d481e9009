package no.hmskort.production.recall.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionLine;

/**
 * The production line of an automatic replacement: the old card's holder, employer, address and photo,
 * marked as replacing the old card. Its id is derived from the old card's number alone, so whichever
 * recall (the same or another) reaches a card again finds its replacement already there.
 */
public final class ReplacementLine {

    private ReplacementLine() {
    }

    public static UUID idFor(ProductionCard old) {
        return UUID.nameUUIDFromBytes(("replacement-of:" + old.cardNumber().value()).getBytes(StandardCharsets.UTF_8));
    }

    public static ProductionLine of(ProductionCard old) {
        ProductionLine line = old.line();
        return new ProductionLine(line.orderId(), idFor(old), line.orderingUnit(), line.employer(),
                line.employerName(), line.cardType(), line.holder(), line.deliveryAddress(), line.orderedAt(),
                line.photoRef(), old.cardNumber(), line.trace());
    }
}
