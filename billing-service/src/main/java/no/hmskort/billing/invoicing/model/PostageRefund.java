package no.hmskort.billing.invoicing.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A postage refund gives back only what was overcharged: a shipment's charged postage, less what earlier
 * postage credit notes already gave back, less what its tier should have cost (by its number of cards, at
 * the table in force on the day it was sent). Credited net, plus VAT 25 % rounded half up, only when positive:
 * a shipment charged correctly for its tier gets nothing, whatever the tier.
 */
public final class PostageRefund {

    private PostageRefund() {
    }

    /**
     * One invoiced shipment's postage as charged.
     *
     * @param reference the invoice line the credit refers to ({@code postage:<shipment>})
     */
    public record ChargedPostage(String reference, LocalDate sentOn, int cards, Money charged) {
    }

    public static Optional<InvoiceLine> creditFor(ChargedPostage shipment, Money alreadyCredited, PostageTables tables) {
        PostageTable table = tables.tableOn(shipment.sentOn());
        Money due = table.postageFor(shipment.cards());
        return overcharge(shipment.charged(), alreadyCredited, due).map(amount -> InvoiceLine.of("Postage refund: "
                + shipment.cards() + (shipment.cards() == 1 ? " card" : " cards") + " sent " + shipment.sentOn()
                + ", charged " + shipment.charged().decimal() + credited(alreadyCredited) + ", due " + due.decimal()
                + " (postage table of " + table.from() + ")", shipment.reference(), amount, Invoice.VAT_PERCENT));
    }

    /** The arithmetic alone: what is still charged above {@code due}. */
    public static Optional<InvoiceLine> creditFor(Money chargedPostage, Money alreadyCredited, Money due,
            String reference) {
        return overcharge(chargedPostage, alreadyCredited, due).map(amount -> InvoiceLine.of("Postage refund: charged "
                + chargedPostage.decimal() + credited(alreadyCredited) + ", due " + due.decimal(), reference, amount,
                Invoice.VAT_PERCENT));
    }

    private static Optional<Money> overcharge(Money charged, Money alreadyCredited, Money due) {
        Money over = charged.minus(alreadyCredited).minus(due);
        return over.isGreaterThan(Money.ZERO) ? Optional.of(over) : Optional.empty();
    }

    private static String credited(Money alreadyCredited) {
        return alreadyCredited.isGreaterThan(Money.ZERO) ? ", already credited " + alreadyCredited.decimal() : "";
    }
}
