package no.hmskort.billing.invoicing.web;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Party;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;

/**
 * Invoices and credit notes as the employer API answers them; amounts in øre. The customer is the legal
 * entity (the main unit) and {@code buyer} its registered name and business address; {@code orderingUnit}
 * and {@code delivery} say which unit ordered and where the cards went.
 */
final class DocumentViews {

    private DocumentViews() {
    }

    record Line(String description, String reference, long netAmountOre, int vatPercent, long vatAmountOre) {

        static List<Line> of(List<InvoiceLine> lines) {
            return lines.stream().map(l -> new Line(l.description(), l.reference(), l.net().ore(), l.vatPercent(),
                    l.vat().ore())).toList();
        }
    }

    record Address(List<String> lines, String postalCode, String city, String countryCode) {

        static Address of(PostalAddress address) {
            return new Address(address.lines(), address.postalCode(), address.city(), address.countryCode());
        }
    }

    record Buyer(String name, Address address) {

        static Buyer of(Party party) {
            return new Buyer(party.name(), Address.of(party.address()));
        }
    }

    record Delivery(String recipient, Address address) {

        static Delivery of(no.hmskort.billing.invoicing.model.Delivery delivery) {
            return new Delivery(delivery.recipient(), Address.of(delivery.address()));
        }
    }

    record InvoiceView(String invoiceNumber, String customer, Buyer buyer, String orderingUnit, Delivery delivery,
            LocalDate issueDate, String shipmentId, LocalDate shipmentSentOn, List<Line> lines, long netAmountOre,
            long vatAmountOre, long grossAmountOre) {

        static InvoiceView of(ShipmentInvoice document) {
            var invoice = document.invoice();
            return new InvoiceView(invoice.invoiceNumber(), invoice.customer().value(), Buyer.of(document.buyer()),
                    invoice.orderingUnit().value(), Delivery.of(document.delivery()), invoice.issueDate(),
                    document.shipmentId(), document.sentOn(), Line.of(invoice.lines()), invoice.net().ore(),
                    invoice.vat().ore(), invoice.gross().ore());
        }
    }

    record CreditNoteView(String creditNoteNumber, String customer, Buyer buyer, String orderingUnit,
            Delivery delivery, LocalDate issueDate, String creditedInvoiceNumber, String reason, List<Line> lines,
            long netAmountOre, long vatAmountOre, long grossAmountOre) {

        static CreditNoteView of(InvoiceCredit document) {
            var note = document.creditNote();
            return new CreditNoteView(note.creditNoteNumber(), note.customer().value(), Buyer.of(document.buyer()),
                    note.orderingUnit().value(), Delivery.of(document.delivery()), note.issueDate(),
                    note.creditedInvoiceNumber(), note.reason(), Line.of(note.lines()), note.net().ore(),
                    note.vat().ore(), note.gross().ore());
        }
    }
}
