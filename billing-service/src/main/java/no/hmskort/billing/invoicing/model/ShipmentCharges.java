package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one shipment costs: a line per card at the price in force on the day the card was ordered (zero for a
 * free replacement), and one postage line (zero when postage is not charged).
 */
public final class ShipmentCharges {

    public static final String POSTAGE = "postage";

    private ShipmentCharges() {
    }

    /**
     * @param orderedOn the order's date in Norway (Europe/Oslo), which decides the price
     * @param freeOfCharge an automatic replacement (chip-defect recall)
     */
    public record ChargedCard(String cardNumber, String cardType, LocalDate orderedOn, boolean freeOfCharge) {
    }

    public static List<InvoiceLine> lines(PriceList prices, List<ChargedCard> cards, String shipmentReference,
            Money postage, boolean postageCharged) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (ChargedCard card : cards) {
            Money price = card.freeOfCharge() ? Money.ZERO : prices.cardPriceOn(card.orderedOn());
            String description = "HMS-kort (" + card.cardType() + ") " + card.cardNumber()
                    + (card.freeOfCharge() ? ", free replacement" : "");
            lines.add(InvoiceLine.of(description, card.cardNumber(), price, Invoice.VAT_PERCENT));
        }
        lines.add(InvoiceLine.of(postageCharged ? "Postage" : "Postage, free with replacements",
                POSTAGE + ":" + shipmentReference, postageCharged ? postage : Money.ZERO, Invoice.VAT_PERCENT));
        return lines;
    }

    /** Whether {@code line} is a shipment's postage line rather than a card. */
    public static boolean isPostage(InvoiceLine line) {
        return line.reference().startsWith(POSTAGE + ":");
    }
}
