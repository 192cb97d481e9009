package no.hmskort.billing.invoicing.model;

import java.util.Optional;

/**
 * A postage refund: when an invoice's postage, less what earlier postage credit notes already gave back,
 * is above the correct postage, the difference is credited (net, plus VAT 25 % rounded half up).
 */
public final class PostageRefund {

    private PostageRefund() {
    }

    public static Optional<InvoiceLine> creditFor(Money chargedPostage, Money alreadyCredited, Money correctPostage,
            String reference) {
        Money stillCharged = chargedPostage.minus(alreadyCredited);
        if (!stillCharged.isGreaterThan(correctPostage)) {
            return Optional.empty();
        }
        return Optional.of(InvoiceLine.of("Postage refund: charged " + stillCharged.decimal() + ", correct "
                + correctPostage.decimal(), reference, stillCharged.minus(correctPostage), Invoice.VAT_PERCENT));
    }
}
