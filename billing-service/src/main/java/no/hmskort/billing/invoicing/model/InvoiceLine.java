package no.hmskort.billing.invoicing.model;

/** One line of an invoice; its VAT is rounded on the line (domain file §8). */
public record InvoiceLine(String description, String reference, Money net, int vatPercent, Money vat) {

    public static InvoiceLine of(String description, String reference, Money net, int vatPercent) {
        return new InvoiceLine(description, reference, net, vatPercent, net.percent(vatPercent));
    }

    public Money gross() {
        return net.plus(vat);
    }
}
