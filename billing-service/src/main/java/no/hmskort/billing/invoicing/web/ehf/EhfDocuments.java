package no.hmskort.billing.invoicing.web.ehf;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;

/**
 * EHF: invoices and credit notes as PEPPOL BIS Billing 3.0 documents (UBL 2.1), the form Norwegian
 * businesses and finance systems receive. Written with StAX in the element order the UBL schema demands;
 * the tests validate the output against the official PEPPOL and EN 16931 rules, warnings included.
 *
 * <p>The buyer (AccountingCustomerParty) is the legal entity, the main unit. The unit that ordered is the
 * buyer's own routing and booking reference: BuyerReference (BT-10) on the document and AccountingCost
 * (BT-133) on every line, each line also naming its card as the invoiced object (DocumentReference, type
 * 130, BT-128). Where the cards went is the Delivery (BG-13): date, address and recipient.
 */
public class EhfDocuments {

    public static final String CUSTOMIZATION =
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
    public static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    /** ISO 6523 ICD for Norwegian organisation numbers (Enhetsregisteret). */
    static final String ORGNR_SCHEME = "0192";
    static final String CURRENCY = "NOK";
    /** UNTDID 1001 code 130, "invoiced object": what a line bills, here the card (or the shipment's postage). */
    static final String INVOICED_OBJECT = "130";

    private final Seller seller;

    public EhfDocuments(Seller seller) {
        this.seller = seller;
    }

    public String invoice(Invoice invoice, Buyer buyer, Delivery delivery) {
        return write(INVOICE, "Invoice", x -> {
            header(x, invoice.invoiceNumber(), invoice.issueDate());
            text(x, "DueDate", invoice.issueDate().plusDays(seller.paymentTermsDays()).toString());
            text(x, "InvoiceTypeCode", "380");
            text(x, "DocumentCurrencyCode", CURRENCY);
            text(x, "BuyerReference", invoice.orderingUnit().value());
            parties(x, buyer);
            delivery(x, delivery);
            x.writeStartElement(CAC, "PaymentMeans");
            text(x, "PaymentMeansCode", "30");
            text(x, "PaymentID", invoice.invoiceNumber());
            x.writeStartElement(CAC, "PayeeFinancialAccount");
            text(x, "ID", seller.bankAccount());
            x.writeEndElement();
            x.writeEndElement();
            paymentTerms(x, seller.paymentTermsDays() + " days net");
            totals(x, invoice.lines(), invoice.net(), invoice.vat());
            lines(x, "InvoiceLine", "InvoicedQuantity", invoice.lines(), invoice.orderingUnit().value());
        });
    }

    public String creditNote(CreditNote note, LocalDate creditedInvoiceIssueDate, Buyer buyer, Delivery delivery) {
        return write(CREDIT_NOTE, "CreditNote", x -> {
            header(x, note.creditNoteNumber(), note.issueDate());
            text(x, "CreditNoteTypeCode", "381");
            text(x, "Note", note.reason());
            text(x, "DocumentCurrencyCode", CURRENCY);
            text(x, "BuyerReference", note.orderingUnit().value());
            x.writeStartElement(CAC, "BillingReference");
            x.writeStartElement(CAC, "InvoiceDocumentReference");
            text(x, "ID", note.creditedInvoiceNumber());
            text(x, "IssueDate", creditedInvoiceIssueDate.toString());
            x.writeEndElement();
            x.writeEndElement();
            parties(x, buyer);
            delivery(x, delivery);
            paymentTerms(x, "Credited against invoice " + note.creditedInvoiceNumber());
            totals(x, note.lines(), note.net(), note.vat());
            lines(x, "CreditNoteLine", "CreditedQuantity", note.lines(), note.orderingUnit().value());
        });
    }

    private void header(XMLStreamWriter x, String number, LocalDate issueDate) throws XMLStreamException {
        text(x, "CustomizationID", CUSTOMIZATION);
        text(x, "ProfileID", PROFILE);
        text(x, "ID", number);
        text(x, "IssueDate", issueDate.toString());
    }

    private void parties(XMLStreamWriter x, Buyer buyer) throws XMLStreamException {
        x.writeStartElement(CAC, "AccountingSupplierParty");
        x.writeStartElement(CAC, "Party");
        endpoint(x, seller.orgnr());
        partyName(x, seller.name());
        address(x, "PostalAddress", PostalAddress.inNorway(seller.street(), seller.postalCode(), seller.city()));
        partyTaxScheme(x, seller.vatNumber(), "VAT");
        // foretaksregisterloven § 10-2, and rule NO-R-002 reads it from the seller's tax scheme "TAX" (BT-32)
        partyTaxScheme(x, "Foretaksregisteret", "TAX");
        x.writeStartElement(CAC, "PartyLegalEntity");
        text(x, "RegistrationName", seller.name());
        scheme(x, "CompanyID", seller.orgnr());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(CAC, "AccountingCustomerParty");
        x.writeStartElement(CAC, "Party");
        endpoint(x, buyer.orgnr().value());
        partyName(x, buyer.name());
        address(x, "PostalAddress", buyer.address());
        x.writeStartElement(CAC, "PartyLegalEntity");
        text(x, "RegistrationName", buyer.name());
        scheme(x, "CompanyID", buyer.orgnr().value());
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void delivery(XMLStreamWriter x, Delivery delivery) throws XMLStreamException {
        x.writeStartElement(CAC, "Delivery");
        if (delivery.sentOn() != null) {
            text(x, "ActualDeliveryDate", delivery.sentOn().toString());
        }
        x.writeStartElement(CAC, "DeliveryLocation");
        address(x, "Address", delivery.address());
        x.writeEndElement();
        if (present(delivery.recipient())) {
            x.writeStartElement(CAC, "DeliveryParty");
            partyName(x, delivery.recipient());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void partyTaxScheme(XMLStreamWriter x, String companyId, String scheme) throws XMLStreamException {
        x.writeStartElement(CAC, "PartyTaxScheme");
        text(x, "CompanyID", companyId);
        x.writeStartElement(CAC, "TaxScheme");
        text(x, "ID", scheme);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void paymentTerms(XMLStreamWriter x, String note) throws XMLStreamException {
        x.writeStartElement(CAC, "PaymentTerms");
        text(x, "Note", note);
        x.writeEndElement();
    }

    private static void totals(XMLStreamWriter x, List<InvoiceLine> lines, Money net, Money vat)
            throws XMLStreamException {
        x.writeStartElement(CAC, "TaxTotal");
        amount(x, "TaxAmount", vat);
        x.writeStartElement(CAC, "TaxSubtotal");
        amount(x, "TaxableAmount", net);
        amount(x, "TaxAmount", vat);
        taxCategory(x, "TaxCategory", lines.isEmpty() ? Invoice.VAT_PERCENT : lines.getFirst().vatPercent());
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(CAC, "LegalMonetaryTotal");
        amount(x, "LineExtensionAmount", net);
        amount(x, "TaxExclusiveAmount", net);
        amount(x, "TaxInclusiveAmount", net.plus(vat));
        amount(x, "PayableAmount", net.plus(vat));
        x.writeEndElement();
    }

    private static void lines(XMLStreamWriter x, String element, String quantity, List<InvoiceLine> lines,
            String orderingUnit) throws XMLStreamException {
        int id = 1;
        for (InvoiceLine line : lines) {
            x.writeStartElement(CAC, element);
            text(x, "ID", String.valueOf(id++));
            x.writeStartElement(CBC, quantity);
            x.writeAttribute("unitCode", "EA");
            x.writeCharacters("1");
            x.writeEndElement();
            amount(x, "LineExtensionAmount", line.net());
            text(x, "AccountingCost", orderingUnit);
            x.writeStartElement(CAC, "DocumentReference");
            text(x, "ID", line.reference());
            text(x, "DocumentTypeCode", INVOICED_OBJECT);
            x.writeEndElement();
            x.writeStartElement(CAC, "Item");
            text(x, "Name", line.description());
            x.writeStartElement(CAC, "SellersItemIdentification");
            text(x, "ID", line.reference());
            x.writeEndElement();
            taxCategory(x, "ClassifiedTaxCategory", line.vatPercent());
            x.writeEndElement();
            x.writeStartElement(CAC, "Price");
            amount(x, "PriceAmount", line.net());
            x.writeEndElement();
            x.writeEndElement();
        }
    }

    private static void taxCategory(XMLStreamWriter x, String element, int percent) throws XMLStreamException {
        x.writeStartElement(CAC, element);
        text(x, "ID", "S");
        text(x, "Percent", String.valueOf(percent));
        taxScheme(x);
        x.writeEndElement();
    }

    private static void taxScheme(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement(CAC, "TaxScheme");
        text(x, "ID", "VAT");
        x.writeEndElement();
    }

    private static void endpoint(XMLStreamWriter x, String orgnr) throws XMLStreamException {
        scheme(x, "EndpointID", orgnr);
    }

    private static void scheme(XMLStreamWriter x, String element, String orgnr) throws XMLStreamException {
        x.writeStartElement(CBC, element);
        x.writeAttribute("schemeID", ORGNR_SCHEME);
        x.writeCharacters(orgnr);
        x.writeEndElement();
    }

    private static void partyName(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeStartElement(CAC, "PartyName");
        text(x, "Name", name);
        x.writeEndElement();
    }

    /** Street lines as BT-35/36/162 (and their buyer and delivery twins); a fourth line and on join the third. */
    private static void address(XMLStreamWriter x, String element, PostalAddress address) throws XMLStreamException {
        List<String> lines = address.lines();
        x.writeStartElement(CAC, element);
        optional(x, "StreetName", lines.isEmpty() ? null : lines.get(0));
        optional(x, "AdditionalStreetName", lines.size() < 2 ? null : lines.get(1));
        optional(x, "CityName", address.city());
        optional(x, "PostalZone", address.postalCode());
        if (lines.size() > 2) {
            x.writeStartElement(CAC, "AddressLine");
            text(x, "Line", String.join(", ", lines.subList(2, lines.size())));
            x.writeEndElement();
        }
        x.writeStartElement(CAC, "Country");
        text(x, "IdentificationCode", address.countryCode());
        x.writeEndElement();
        x.writeEndElement();
    }

    /** PEPPOL-EN16931-R008: no empty elements, so what is not known is left out. */
    private static void optional(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        if (present(value)) {
            text(x, element, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void amount(XMLStreamWriter x, String element, Money amount) throws XMLStreamException {
        x.writeStartElement(CBC, element);
        x.writeAttribute("currencyID", CURRENCY);
        x.writeCharacters(amount.decimal());
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(CBC, element);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter x) throws XMLStreamException;
    }

    private static String write(String namespace, String root, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(namespace);
            x.setPrefix("cac", CAC);
            x.setPrefix("cbc", CBC);
            x.writeStartElement(namespace, root);
            x.writeDefaultNamespace(namespace);
            x.writeNamespace("cac", CAC);
            x.writeNamespace("cbc", CBC);
            body.write(x);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the EHF document", e);
        }
        return out.toString();
    }
}
