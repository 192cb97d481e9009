package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.billing.invoicing.persistence.Invoices;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.billing.InvoiceIssued;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cards.CardIssued;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/** An issued card is charged to the business that ordered it, at the price in force when it was ordered. */
@Service
public class ChargingIssuedCard {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Invoices invoices;
    private final PriceList prices;
    private final Outbox outbox;
    private final Clock clock;

    ChargingIssuedCard(Invoices invoices, PriceList prices, Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.prices = prices;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void apply(EventEnvelope<CardEvent> envelope) {
        if (!(envelope.data() instanceof CardIssued card)) {
            return;
        }
        String chargeKey = "card:" + card.cardNumber().value();
        if (invoices.existsFor(chargeKey)) {
            return;
        }
        InvoiceLine line = InvoiceLine.of("HMS-kort (" + card.cardType() + ") " + card.cardNumber(),
                card.cardNumber().value(), prices.cardPriceOn(LocalDate.ofInstant(card.orderedAt(), NORWAY)),
                Invoice.VAT_PERCENT);
        Invoice invoice = new Invoice(String.valueOf(invoices.nextInvoiceNumber()), card.orderingUnit(),
                LocalDate.now(clock), List.of(line));
        invoices.insert(InvoiceDocument.of(chargeKey, invoice, outbox.message(Topics.BILLING, issued(invoice))));
    }

    private static InvoiceIssued issued(Invoice invoice) {
        return new InvoiceIssued(invoice.invoiceNumber(), invoice.customer(), invoice.issueDate(),
                invoice.lines().stream().map(l -> new InvoiceIssued.Line(l.description(), l.reference(),
                        l.net().ore(), l.vatPercent(), l.vat().ore())).toList(),
                invoice.net().ore(), invoice.vat().ore(), invoice.gross().ore());
    }
}
