package no.hmskort.production.shipping.model;

import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.ProductionLine;

/**
 * The cards that travel together: one ordering unit, one delivery address, and either only charged
 * cards or only free replacements, so postage is never charged for a free replacement.
 */
public record ShipmentGroup(OrganisationNumber orderingUnit, ProductionLine.Address deliveryAddress, boolean freeOfCharge) {

    public static ShipmentGroup of(ProductionCard card) {
        return new ShipmentGroup(card.line().orderingUnit(), card.line().deliveryAddress(), card.freeOfCharge());
    }
}
