package no.hmskort.billing.invoicing.web.ehf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostalAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.junit.jupiter.api.Test;

class EhfValidationTest {

    static final Seller SELLER = new Seller("HMS-kort (Arbeidstilsynet)", "974761211", "Postboks 4720 Torgarden", "7468",
            "Trondheim", "76940500000", 14);
    static final OrganisationNumber MAIN_UNIT = OrganisationNumber.of("315114314");
    static final OrganisationNumber SUB_UNIT = OrganisationNumber.of("315114306");
    static final Buyer BUYER = new Buyer(MAIN_UNIT, "Vask og Bygg AS", new PostalAddress(
            List.of("Storgata 10", "Bakgården"), "0155", "Oslo", "NO"));
    static final Delivery DELIVERY = new Delivery("Vask og Bygg AS avd. Hamar, lageret",
            PostalAddress.inNorway("Byggveien 1", "2317", "Hamar"), LocalDate.of(2026, 11, 23));

    private final EhfDocuments ehf = new EhfDocuments(SELLER);

    private final Invoice invoice = new Invoice("17", MAIN_UNIT, SUB_UNIT, LocalDate.of(2026, 11, 24), List.of(
            InvoiceLine.of("HMS-kort (construction) 3574272773", "3574272773", Money.nok("132.90"), 25),
            InvoiceLine.of("HMS-kort (cleaning) 4183710254, free replacement", "4183710254", Money.ZERO, 25),
            InvoiceLine.of("Postage", "postage:9b1d", Money.nok("49.00"), 25)));

    @Test
    void an_invoice_with_cards_a_free_replacement_and_postage_passes_the_peppol_bis_3_rules_without_a_warning() {
        String xml = ehf.invoice(invoice, BUYER, DELIVERY);
        assertThat(PeppolRules.invoiceErrors(xml)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(xml)).isEmpty();
        assertThat(xml).contains(EhfDocuments.CUSTOMIZATION, EhfDocuments.PROFILE, "NO974761211MVA", "Foretaksregisteret",
                "<cbc:DueDate>2026-12-08</cbc:DueDate>", "<cbc:TaxAmount currencyID=\"NOK\">45.48</cbc:TaxAmount>",
                "<cbc:PayableAmount currencyID=\"NOK\">227.38</cbc:PayableAmount>");
    }

    @Test
    void a_postage_credit_note_passes_the_peppol_bis_3_rules_without_a_warning() {
        CreditNote note = new CreditNote("3", MAIN_UNIT, SUB_UNIT, LocalDate.of(2026, 11, 25), "17", "Postage refund",
                List.of(InvoiceLine.of("Postage refund: 8 cards, charged 199.00, due 99.00", "postage:9b1d",
                        Money.nok("100.00"), 25)));
        String xml = ehf.creditNote(note, LocalDate.of(2026, 11, 24), BUYER, DELIVERY);
        assertThat(PeppolRules.creditNoteErrors(xml)).isEmpty();
        assertThat(PeppolRules.creditNoteWarnings(xml)).isEmpty();
        assertThat(xml).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
                "<cbc:PayableAmount currencyID=\"NOK\">125.00</cbc:PayableAmount>");
        assertThat(EhfXml.values(xml, "/cn:CreditNote/cac:AccountingCustomerParty/cac:Party/cbc:EndpointID"))
                .containsExactly(MAIN_UNIT.value());
        assertThat(EhfXml.values(xml, "/cn:CreditNote/cbc:BuyerReference")).containsExactly(SUB_UNIT.value());
        assertThat(EhfXml.values(xml, "/cn:CreditNote/cac:CreditNoteLine/cbc:AccountingCost")).containsExactly(SUB_UNIT.value());
    }

    @Test
    void an_invoice_of_free_replacements_only_is_a_valid_zero_invoice() {
        Invoice free = new Invoice("18", MAIN_UNIT, MAIN_UNIT, LocalDate.of(2026, 11, 24), List.of(
                InvoiceLine.of("HMS-kort (cleaning) 4183710254, free replacement", "4183710254", Money.ZERO, 25),
                InvoiceLine.of("Postage, free with replacements", "postage:9b1e", Money.ZERO, 25)));
        String xml = ehf.invoice(free, BUYER, DELIVERY);
        assertThat(PeppolRules.invoiceErrors(xml)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(xml)).isEmpty();
        assertThat(xml).contains("<cbc:PayableAmount currencyID=\"NOK\">0.00</cbc:PayableAmount>");
    }

    @Test
    void the_buyer_is_the_main_unit_with_its_business_address_and_the_ordering_sub_unit_and_delivery_are_references() {
        String xml = ehf.invoice(invoice, BUYER, DELIVERY);
        String customer = "/inv:Invoice/cac:AccountingCustomerParty/cac:Party";
        assertThat(EhfXml.values(xml, customer + "/cbc:EndpointID")).containsExactly(MAIN_UNIT.value());
        assertThat(EhfXml.values(xml, customer + "/cbc:EndpointID/@schemeID")).containsExactly("0192");
        assertThat(EhfXml.values(xml, customer + "/cac:PartyLegalEntity/cbc:CompanyID")).containsExactly(MAIN_UNIT.value());
        assertThat(EhfXml.values(xml, customer + "/cac:PartyLegalEntity/cbc:RegistrationName")).containsExactly("Vask og Bygg AS");
        assertThat(EhfXml.values(xml, customer + "/cac:PostalAddress/cbc:StreetName")).containsExactly("Storgata 10");
        assertThat(EhfXml.values(xml, customer + "/cac:PostalAddress/cbc:AdditionalStreetName")).containsExactly("Bakgården");
        assertThat(EhfXml.values(xml, customer + "/cac:PostalAddress/cbc:PostalZone")).containsExactly("0155");
        assertThat(EhfXml.values(xml, "//*[cbc:EndpointID or cac:PartyIdentification]/descendant::*[text()='"
                + SUB_UNIT.value() + "']")).as("the sub-unit is no party").isEmpty();

        assertThat(EhfXml.values(xml, "/inv:Invoice/cbc:BuyerReference")).containsExactly(SUB_UNIT.value());
        String delivery = "/inv:Invoice/cac:Delivery";
        assertThat(EhfXml.values(xml, delivery + "/cbc:ActualDeliveryDate")).containsExactly("2026-11-23");
        assertThat(EhfXml.values(xml, delivery + "/cac:DeliveryLocation/cac:Address/cbc:StreetName")).containsExactly("Byggveien 1");
        assertThat(EhfXml.values(xml, delivery + "/cac:DeliveryLocation/cac:Address/cbc:CityName")).containsExactly("Hamar");
        assertThat(EhfXml.values(xml, delivery + "/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode"))
                .containsExactly("NO");
        assertThat(EhfXml.values(xml, delivery + "/cac:DeliveryParty/cac:PartyName/cbc:Name"))
                .containsExactly("Vask og Bygg AS avd. Hamar, lageret");

        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:InvoiceLine/cbc:AccountingCost"))
                .containsExactly(SUB_UNIT.value(), SUB_UNIT.value(), SUB_UNIT.value());
        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:InvoiceLine/cac:DocumentReference/cbc:ID"))
                .containsExactly("3574272773", "4183710254", "postage:9b1d");
        assertThat(EhfXml.values(xml, "/inv:Invoice/cac:InvoiceLine/cac:DocumentReference/cbc:DocumentTypeCode"))
                .containsOnly("130");
    }

    @Test
    void the_seller_states_foretaksregisteret_in_its_tax_scheme_where_rule_no_r_002_reads_it() {
        String xml = ehf.invoice(invoice, BUYER, DELIVERY);
        String supplier = "/inv:Invoice/cac:AccountingSupplierParty/cac:Party";
        assertThat(EhfXml.values(xml, supplier + "/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='TAX']/cbc:CompanyID"))
                .containsExactly("Foretaksregisteret");
        assertThat(EhfXml.values(xml, supplier + "/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"))
                .containsExactly("NO974761211MVA");

        String without = xml.replace("<cbc:CompanyID>Foretaksregisteret</cbc:CompanyID>", "<cbc:CompanyID>X</cbc:CompanyID>");
        assertThat(PeppolRules.invoiceErrors(without)).isEmpty();
        assertThat(PeppolRules.invoiceWarnings(without)).anyMatch(w -> w.contains("NO-R-002"));
    }

    @Test
    void the_validator_rejects_an_invoice_whose_totals_do_not_add_up() {
        String xml = ehf.invoice(invoice, BUYER, DELIVERY).replace(
                "<cbc:PayableAmount currencyID=\"NOK\">227.38</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"NOK\">227.39</cbc:PayableAmount>");
        assertThat(PeppolRules.invoiceErrors(xml)).anyMatch(e -> e.startsWith("BR-CO-16"));
    }

    @Test
    void the_validator_rejects_a_norwegian_seller_without_the_mva_suffix() {
        String xml = ehf.invoice(invoice, BUYER, DELIVERY).replace("NO974761211MVA", "NO974761211");
        assertThat(PeppolRules.invoiceErrors(xml)).isNotEmpty();
    }
}
