package no.hmskort.billing.invoicing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.Customer;
import no.hmskort.billing.invoicing.model.Delivery;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.billing.invoicing.model.ShipmentCharges;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
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

    /** A shipment production sent. */
    public record SentShipment(String shipmentId, OrganisationNumber orderingUnit, Delivery delivery, LocalDate sentOn,
            List<ShippedCard> cards, Money postage, boolean postageCharged) {
    }

    /** @param freeOfCharge an automatic replacement (chip-defect recall) */
    public record ShippedCard(String cardNumber, String cardType, Instant orderedAt, boolean freeOfCharge) {
    }

    private final Invoices invoices;
    private final Prices prices;
    private final Customers customers;
    private final IssuingDocuments issuing;
    private final Clock clock;

    InvoicingShipment(Invoices invoices, Prices prices, Customers customers, IssuingDocuments issuing, Clock clock) {
        this.invoices = invoices;
        this.prices = prices;
        this.customers = customers;
        this.issuing = issuing;
        this.clock = clock;
    }

    public void invoice(SentShipment shipment) {
        String key = shipment.shipmentId();
        if (invoices.forShipment(key).isEmpty()) {
            var lines = ShipmentCharges.lines(prices.priceList(), shipment.cards().stream()
                    .map(c -> new ShipmentCharges.ChargedCard(c.cardNumber(), c.cardType(),
                            Norway.dateOf(c.orderedAt()), c.freeOfCharge())).toList(),
                    key, shipment.postage(), shipment.postageCharged());
            Delivery delivery = shipment.delivery();
            OrganisationNumber customer = customers.mainUnitOf(shipment.orderingUnit());
            // a unit Enhetsregisteret has not told us of yet is billed by the delivery's name and address
            var legalEntity = customers.unit(customer);
            var buyer = new Party(legalEntity.map(Customer::name).orElse(delivery.recipient()),
                    legalEntity.map(Customer::address).orElse(delivery.address()));
            invoices.insertDraft(ShipmentInvoice.draft(key, customer, shipment.orderingUnit(), buyer, delivery,
                    shipment.sentOn(), shipment.cards().size(), lines, clock.instant()));
        }
        issuing.issueInvoices();
    }
}
