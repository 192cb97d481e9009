package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.model.ShipmentCharges;
import no.hmskort.billing.invoicing.persistence.BillingDocuments;
import no.hmskort.billing.invoicing.persistence.Customers;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.billing.invoicing.persistence.Prices;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.shipping.ShipmentEvent;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/**
 * A sent shipment is invoiced to the legal entity: the main unit of the unit that ordered it, with its
 * registered name and business address, the ordering unit and the delivery address as references. A line
 * per card at the price in force on the day the card was ordered (in Norway), free replacements at zero,
 * and one postage line. The draft is keyed by the shipment, so a redelivered event finds it and bills
 * nothing twice.
 */
@Service
public class InvoicingShipment {

    private final BillingDocuments documents;
    private final Prices prices;
    private final Customers customers;
    private final IssuingDocuments issuing;
    private final Clock clock;

    InvoicingShipment(BillingDocuments documents, Prices prices, Customers customers, IssuingDocuments issuing,
            Clock clock) {
        this.documents = documents;
        this.prices = prices;
        this.customers = customers;
        this.issuing = issuing;
        this.clock = clock;
    }

    public void apply(EventEnvelope<ShipmentEvent> envelope) {
        if (envelope.data() instanceof ShipmentSent shipment) {
            invoice(shipment);
        }
    }

    public void invoice(ShipmentSent shipment) {
        String key = shipment.shipmentId().toString();
        if (!documents.invoiceExistsFor(key)) {
            var lines = ShipmentCharges.lines(prices.priceList(), shipment.cards().stream()
                    .map(c -> new ShipmentCharges.ChargedCard(c.cardNumber().value(), c.cardType(),
                            Norway.dateOf(c.orderedAt()), c.freeOfCharge())).toList(),
                    key, new Money(shipment.postageOre()), shipment.postageCharged());
            var address = shipment.deliveryAddress();
            var delivery = new InvoiceDocument.Delivery(address.recipient(),
                    PostalAddress.inNorway(address.street(), address.postalCode(), address.city()));
            OrganisationNumber customer = customers.mainUnitOf(shipment.orderingUnit());
            // a unit Enhetsregisteret has not told us of yet is billed by the delivery's name and address
            var legalEntity = customers.unit(customer);
            var buyer = new InvoiceDocument.Party(legalEntity.map(Customers.Unit::name).orElse(address.recipient()),
                    legalEntity.map(Customers.Unit::address).orElse(delivery.address()));
            documents.insertDraft(InvoiceDocument.draft(key, customer, shipment.orderingUnit(), buyer, delivery,
                    shipment.sentOn(), shipment.cards().size(), lines, clock.instant()));
        }
        issuing.issueInvoices();
    }
}
