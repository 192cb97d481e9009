package no.hmskort.billing.invoicing.model;

import java.util.List;

/**
 * An invoice or a credit note: its totals are the sums of its lines, VAT rounded per line, so they add up to
 * the øre.
 */
public sealed interface SalesDocument permits Invoice, CreditNote {

    List<InvoiceLine> lines();

    default Money net() {
        return lines().stream().map(InvoiceLine::net).reduce(Money.ZERO, Money::plus);
    }

    default Money vat() {
        return lines().stream().map(InvoiceLine::vat).reduce(Money.ZERO, Money::plus);
    }

    default Money gross() {
        return net().plus(vat());
    }
}
