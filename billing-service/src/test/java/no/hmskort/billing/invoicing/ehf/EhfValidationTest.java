package no.hmskort.billing.invoicing.ehf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.CreditNote;
import no.hmskort.billing.invoicing.model.Invoice;
import no.hmskort.billing.invoicing.model.InvoiceLine;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.junit.jupiter.api.Test;

class EhfValidationTest {

    static final Seller SELLER = new Seller("HMS-kort (Arbeidstilsynet)", "974761211", "Postboks 4720 Torgarden", "7468",
            "Trondheim", "76940500000", 14);
    static final OrganisationNumber CUSTOMER = OrganisationNumber.of("315114314");
    static final Buyer BUYER = new Buyer(CUSTOMER, "Vask og Bygg AS", "Byggveien 1", "2317", "Hamar");

    private final EhfDocuments ehf = new EhfDocuments(SELLER);

    private final Invoice invoice = new Invoice("17", CUSTOMER, LocalDate.of(2026, 11, 24), List.of(
            InvoiceLine.of("HMS-kort (construction) 3574272773", "3574272773", Money.nok("132.90"), 25),
            InvoiceLine.of("HMS-kort (cleaning) 4183710254, free replacement", "4183710254", Money.ZERO, 25),
            InvoiceLine.of("Postage", "postage:9b1d", Money.nok("49.00"), 25)));

    @Test
    void an_invoice_with_cards_a_free_replacement_and_postage_passes_the_peppol_bis_3_rules() {
        String xml = ehf.invoice(invoice, BUYER);
        assertThat(PeppolRules.invoiceErrors(xml)).isEmpty();
        assertThat(xml).contains(EhfDocuments.CUSTOMIZATION, EhfDocuments.PROFILE, "NO974761211MVA", "Foretaksregisteret",
                "<cbc:DueDate>2026-12-08</cbc:DueDate>", "<cbc:TaxAmount currencyID=\"NOK\">45.48</cbc:TaxAmount>",
                "<cbc:PayableAmount currencyID=\"NOK\">227.38</cbc:PayableAmount>");
    }

    @Test
    void a_postage_credit_note_passes_the_peppol_bis_3_rules() {
        CreditNote note = new CreditNote("3", CUSTOMER, LocalDate.of(2026, 11, 25), "17", "Postage refund",
                List.of(InvoiceLine.of("Postage refund: charged 49.00, correct 39.00", "postage:9b1d", Money.nok("10.00"),
                        25)));
        String xml = ehf.creditNote(note, LocalDate.of(2026, 11, 24), BUYER);
        assertThat(PeppolRules.creditNoteErrors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>",
                "<cbc:PayableAmount currencyID=\"NOK\">12.50</cbc:PayableAmount>");
    }

    @Test
    void an_invoice_of_free_replacements_only_is_a_valid_zero_invoice() {
        Invoice free = new Invoice("18", CUSTOMER, LocalDate.of(2026, 11, 24), List.of(
                InvoiceLine.of("HMS-kort (cleaning) 4183710254, free replacement", "4183710254", Money.ZERO, 25),
                InvoiceLine.of("Postage, free with replacements", "postage:9b1e", Money.ZERO, 25)));
        String xml = ehf.invoice(free, BUYER);
        assertThat(PeppolRules.invoiceErrors(xml)).isEmpty();
        assertThat(xml).contains("<cbc:PayableAmount currencyID=\"NOK\">0.00</cbc:PayableAmount>");
    }

    @Test
    void the_validator_rejects_an_invoice_whose_totals_do_not_add_up() {
        String xml = ehf.invoice(invoice, BUYER).replace(
                "<cbc:PayableAmount currencyID=\"NOK\">227.38</cbc:PayableAmount>",
                "<cbc:PayableAmount currencyID=\"NOK\">227.39</cbc:PayableAmount>");
        assertThat(PeppolRules.invoiceErrors(xml)).anyMatch(e -> e.startsWith("BR-CO-16"));
    }

    @Test
    void the_validator_rejects_a_norwegian_seller_without_the_mva_suffix() {
        String xml = ehf.invoice(invoice, BUYER).replace("NO974761211MVA", "NO974761211");
        assertThat(PeppolRules.invoiceErrors(xml)).isNotEmpty();
    }
}
