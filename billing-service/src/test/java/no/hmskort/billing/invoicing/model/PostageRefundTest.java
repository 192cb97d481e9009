package no.hmskort.billing.invoicing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.billing.invoicing.model.PostageRefund.ChargedPostage;
import no.hmskort.billing.invoicing.model.PostageTable.Tier;
import org.junit.jupiter.api.Test;

class PostageRefundTest {

    static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    static final Instant NOW = Instant.parse("2024-04-02T08:00:00Z");
    /** The configured table: up to 5 cards 49.00, up to 20 cards 99.00, more 199.00. */
    static final PostageTables TABLES = new PostageTables(List.of(new PostageTable(LocalDate.of(2020, 1, 1), List.of(
            new Tier(5, Money.nok("49.00")), new Tier(20, Money.nok("99.00")), new Tier(null, Money.nok("199.00"))))));

    @Test
    void postage_above_the_correct_amount_is_credited_with_vat_rounded_half_up() {
        InvoiceLine credit = PostageRefund.creditFor(new Money(4900), Money.ZERO, new Money(3850), "postage:s").orElseThrow();
        assertThat(credit.net()).isEqualTo(new Money(1050));
        assertThat(credit.vat()).isEqualTo(new Money(263));
        assertThat(credit.gross()).isEqualTo(new Money(1313));
    }

    @Test
    void what_earlier_credit_notes_gave_back_is_not_credited_again() {
        assertThat(PostageRefund.creditFor(new Money(4900), new Money(1050), new Money(3850), "p")).isEmpty();
        assertThat(PostageRefund.creditFor(new Money(4900), new Money(1050), new Money(2900), "p").orElseThrow().net())
                .isEqualTo(new Money(950));
    }

    @Test
    void postage_at_or_below_the_correct_amount_gets_nothing() {
        assertThat(PostageRefund.creditFor(new Money(3850), Money.ZERO, new Money(3850), "p")).isEmpty();
        assertThat(PostageRefund.creditFor(Money.ZERO, Money.ZERO, new Money(3850), "p")).isEmpty();
    }

    @Test
    void a_correctly_charged_shipment_of_any_tier_gets_nothing() {
        assertThat(credit(1, "49.00")).isEmpty();
        assertThat(credit(5, "49.00")).isEmpty();
        assertThat(credit(6, "99.00")).isEmpty();
        assertThat(credit(8, "99.00")).isEmpty();
        assertThat(credit(20, "99.00")).isEmpty();
        assertThat(credit(21, "199.00")).isEmpty();
        assertThat(credit(400, "199.00")).isEmpty();
    }

    @Test
    void a_shipment_charged_a_higher_tier_than_its_cards_is_credited_the_difference_to_its_own_tier() {
        assertThat(credit(8, "199.00").orElseThrow().net()).isEqualTo(Money.nok("100.00"));
        assertThat(credit(8, "199.00").orElseThrow().vat()).isEqualTo(Money.nok("25.00"));
        assertThat(credit(3, "99.00").orElseThrow().net()).isEqualTo(Money.nok("50.00"));
        assertThat(credit(3, "199.00").orElseThrow().net()).isEqualTo(Money.nok("150.00"));
        assertThat(credit(5, "99.00").orElseThrow().net()).as("5 is the last count of the first tier")
                .isEqualTo(Money.nok("50.00"));
        assertThat(credit(20, "199.00").orElseThrow().net()).as("20 is the last count of the second tier")
                .isEqualTo(Money.nok("100.00"));
        assertThat(credit(2, "53.90").orElseThrow().net()).isEqualTo(Money.nok("4.90"));
    }

    @Test
    void a_shipment_charged_a_lower_tier_than_its_cards_gets_nothing_and_owes_nothing_more() {
        assertThat(credit(8, "49.00")).isEmpty();
        assertThat(credit(25, "99.00")).isEmpty();
    }

    @Test
    void earlier_postage_credits_count_against_what_a_tier_gives_back() {
        ChargedPostage eight = new ChargedPostage("postage:s", MARCH, 8, Money.nok("199.00"));
        assertThat(PostageRefund.creditFor(eight, Money.nok("60.00"), TABLES).orElseThrow().net())
                .isEqualTo(Money.nok("40.00"));
        assertThat(PostageRefund.creditFor(eight, Money.nok("100.00"), TABLES)).isEmpty();
        assertThat(PostageRefund.creditFor(eight, Money.nok("150.00"), TABLES)).as("an old run gave back too much")
                .isEmpty();
    }

    @Test
    void the_table_in_force_on_the_day_the_shipment_was_sent_decides() {
        PostageTables lowered = new PostageTables(List.of(TABLES.tables().getFirst(), new PostageTable(
                LocalDate.of(2024, 6, 1), List.of(new Tier(5, Money.nok("39.00")), new Tier(null, Money.nok("89.00"))))));
        Money charged = Money.nok("49.00");
        assertThat(PostageRefund.creditFor(new ChargedPostage("p", LocalDate.of(2024, 5, 31), 3, charged), Money.ZERO,
                lowered)).isEmpty();
        InvoiceLine line = PostageRefund.creditFor(new ChargedPostage("p", LocalDate.of(2024, 6, 1), 3, charged),
                Money.ZERO, lowered).orElseThrow();
        assertThat(line.net()).isEqualTo(Money.nok("10.00"));
        assertThat(line.description()).contains("3 cards", "charged 49.00", "due 39.00", "postage table of 2024-06-01");
        assertThat(line.reference()).isEqualTo("p");
    }

    @Test
    void postage_tables_end_with_an_open_tier_and_rise_in_card_limits() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        assertThatThrownBy(() -> new PostageTable(day, List.of(new Tier(5, Money.nok("49.00")))))
                .hasMessageContaining("open tier");
        assertThatThrownBy(() -> new PostageTable(day, List.of(new Tier(20, Money.nok("99.00")),
                new Tier(5, Money.nok("49.00")), new Tier(null, Money.nok("199.00"))))).hasMessageContaining("rise");
        assertThatThrownBy(() -> TABLES.tableOn(LocalDate.of(2019, 12, 31))).hasMessageContaining("no postage table");
        assertThat(TABLES.inForceDuring(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 1))).isEmpty();
    }

    @Test
    void each_band_of_the_postage_table_prices_a_shipment_in_money_up_to_and_including_its_card_limit() {
        PostageTable table = TABLES.tableOn(MARCH);
        assertThat(table.postageFor(1)).isEqualTo(Money.nok("49.00"));
        assertThat(table.postageFor(5)).isEqualTo(new Money(4900));
        assertThat(table.postageFor(6)).isEqualTo(Money.nok("99.00"));
        assertThat(table.postageFor(20)).isEqualTo(new Money(9900));
        assertThat(table.postageFor(21)).isEqualTo(Money.nok("199.00"));
        assertThat(table.postageFor(10_000)).as("the open band").isEqualTo(new Money(19900));
        assertThatThrownBy(() -> table.postageFor(0)).hasMessageContaining("at least one card");
    }

    @Test
    void a_postage_band_may_be_free_but_never_negative() {
        assertThat(new Tier(null, Money.ZERO).postage()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> new Tier(5, new Money(-1))).hasMessageContaining("no negative amount");
        assertThatThrownBy(() -> new Tier(0, Money.nok("49.00"))).hasMessageContaining("positive card limit");
    }

    @Test
    void a_shipments_charged_postage_is_the_money_on_its_postage_line() {
        ShipmentInvoice invoice = anIssuedInvoiceOf(8, Money.nok("199.00"));
        assertThat(invoice.postage()).isEqualTo(new Money(19900));
        assertThat(anIssuedInvoiceOf(8, Money.ZERO).postage()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_postage_credit_note_gives_back_the_refunds_amount_plus_vat_and_remembers_it_as_money() {
        ShipmentInvoice invoice = anIssuedInvoiceOf(8, Money.nok("199.00"));
        InvoiceLine refund = PostageRefund.creditFor(new ChargedPostage("postage:s", invoice.sentOn(), invoice.cards(),
                invoice.postage()), Money.ZERO, TABLES).orElseThrow();
        InvoiceCredit draft = InvoiceCredit.postageCredit(invoice, 1, refund, "overcharged", "run-1", NOW);

        assertThat(draft.key()).isEqualTo("postage:7:1");
        assertThat(draft.postageCredit()).isEqualTo(Money.nok("100.00"));
        CreditNote note = draft.issuedAs(3, MARCH.plusMonths(1));
        assertThat(note.net()).isEqualTo(Money.nok("100.00"));
        assertThat(note.vat()).isEqualTo(Money.nok("25.00"));
        assertThat(note.gross()).isEqualTo(new Money(12500));
        assertThat(note.creditedInvoiceNumber()).isEqualTo("7");
        assertThatThrownBy(draft::creditNote).hasMessageContaining("draft");
    }

    @Test
    void a_refund_run_credits_gross_as_net_plus_vat() {
        RefundRun run = new RefundRun("run-1", MARCH, MARCH.plusDays(30), TABLES.tables(), "operator", NOW, NOW, 3,
                List.of("1", "2"), Money.nok("110.00"), Money.nok("27.50"));
        assertThat(run.creditedGross()).isEqualTo(Money.nok("137.50"));
    }

    /** Invoice number 7, for a shipment of {@code cards} cards sent in March, charged {@code postage}. */
    static ShipmentInvoice anIssuedInvoiceOf(int cards, Money postage) {
        OrganisationNumber customer = OrganisationNumber.of("315114314");
        PostalAddress address = PostalAddress.inNorway("Storgata 1", "2317", "Hamar");
        PriceList prices = new PriceList(List.of(new PriceList.Price(LocalDate.of(2020, 1, 1), Money.nok("129.50"))));
        List<ShipmentCharges.ChargedCard> charged = IntStream.rangeClosed(1, cards).mapToObj(i ->
                new ShipmentCharges.ChargedCard("card-" + i, "construction", MARCH.minusDays(10), false)).toList();
        List<InvoiceLine> lines = ShipmentCharges.lines(prices, charged, "s", postage, postage.isGreaterThan(Money.ZERO));
        return new ShipmentInvoice("s", customer, customer, new Party("Bygg AS", address), new Delivery("Bygg AS", address),
                MARCH, cards, lines, NOW, 7L, MARCH.plusDays(1));
    }

    private static Optional<InvoiceLine> credit(int cards, String charged) {
        return PostageRefund.creditFor(new ChargedPostage("postage:s", MARCH, cards, Money.nok(charged)), Money.ZERO,
                TABLES);
    }
}
