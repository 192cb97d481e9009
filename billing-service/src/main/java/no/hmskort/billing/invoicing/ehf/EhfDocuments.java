package no.hmskort.billing.invoicing.ehf;

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

/**
 * EHF: invoices and credit notes as PEPPOL BIS Billing 3.0 documents (UBL 2.1), the form Norwegian
 * businesses and finance systems receive. Written with StAX in the element order the UBL schema demands;
 * the tests validate the output against the official PEPPOL and EN 16931 rules.
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

    private final Seller seller;

    public EhfDocuments(Seller seller) {
        this.seller = seller;
    }

    public String invoice(Invoice invoice, Buyer buyer) {
        return write(INVOICE, "Invoice", x -> {
            header(x, invoice.invoiceNumber(), invoice.issueDate());
            text(x, "DueDate", invoice.issueDate().plusDays(seller.paymentTermsDays()).toString());
            text(x, "InvoiceTypeCode", "380");
            text(x, "DocumentCurrencyCode", CURRENCY);
            text(x, "BuyerReference", buyer.orgnr().value());
            parties(x, buyer);
            x.writeStartElement(CAC, "PaymentMeans");
            text(x, "PaymentMeansCode", "30");
            text(x, "PaymentID", invoice.invoiceNumber());
            x.writeStartElement(CAC, "PayeeFinancialAccount");
            text(x, "ID", seller.bankAccount());
            x.writeEndElement();
            x.writeEndElement();
            paymentTerms(x, seller.paymentTermsDays() + " days net");
            totals(x, invoice.lines(), invoice.net(), invoice.vat());
            lines(x, "InvoiceLine", "InvoicedQuantity", invoice.lines());
        });
    }

    public String creditNote(CreditNote note, LocalDate creditedInvoiceIssueDate, Buyer buyer) {
        return write(CREDIT_NOTE, "CreditNote", x -> {
            header(x, note.creditNoteNumber(), note.issueDate());
            text(x, "CreditNoteTypeCode", "381");
            text(x, "Note", note.reason());
            text(x, "DocumentCurrencyCode", CURRENCY);
            text(x, "BuyerReference", buyer.orgnr().value());
            x.writeStartElement(CAC, "BillingReference");
            x.writeStartElement(CAC, "InvoiceDocumentReference");
            text(x, "ID", note.creditedInvoiceNumber());
            text(x, "IssueDate", creditedInvoiceIssueDate.toString());
            x.writeEndElement();
            x.writeEndElement();
            parties(x, buyer);
            paymentTerms(x, "Credited against invoice " + note.creditedInvoiceNumber());
            totals(x, note.lines(), note.net(), note.vat());
            lines(x, "CreditNoteLine", "CreditedQuantity", note.lines());
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
        address(x, seller.street(), seller.city(), seller.postalCode());
        x.writeStartElement(CAC, "PartyTaxScheme");
        text(x, "CompanyID", seller.vatNumber());
        taxScheme(x);
        x.writeEndElement();
        x.writeStartElement(CAC, "PartyLegalEntity");
        text(x, "RegistrationName", seller.name());
        scheme(x, "CompanyID", seller.orgnr());
        // Norwegian rule NO-R-002: a seller registered in Foretaksregisteret says so on the invoice
        text(x, "CompanyLegalForm", "Foretaksregisteret");
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();

        x.writeStartElement(CAC, "AccountingCustomerParty");
        x.writeStartElement(CAC, "Party");
        endpoint(x, buyer.orgnr().value());
        partyName(x, buyer.name());
        address(x, buyer.street(), buyer.city(), buyer.postalCode());
        x.writeStartElement(CAC, "PartyLegalEntity");
        text(x, "RegistrationName", buyer.name());
        scheme(x, "CompanyID", buyer.orgnr().value());
        x.writeEndElement();
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

    private static void lines(XMLStreamWriter x, String element, String quantity, List<InvoiceLine> lines)
            throws XMLStreamException {
        int id = 1;
        for (InvoiceLine line : lines) {
            x.writeStartElement(CAC, element);
            text(x, "ID", String.valueOf(id++));
            x.writeStartElement(CBC, quantity);
            x.writeAttribute("unitCode", "EA");
            x.writeCharacters("1");
            x.writeEndElement();
            amount(x, "LineExtensionAmount", line.net());
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

    private static void address(XMLStreamWriter x, String street, String city, String postalCode)
            throws XMLStreamException {
        x.writeStartElement(CAC, "PostalAddress");
        text(x, "StreetName", street);
        text(x, "CityName", city);
        text(x, "PostalZone", postalCode);
        x.writeStartElement(CAC, "Country");
        text(x, "IdentificationCode", "NO");
        x.writeEndElement();
        x.writeEndElement();
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
