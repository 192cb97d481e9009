package no.hmskort.billing.invoicing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.model.ShipmentCharges.ChargedCard;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.junit.jupiter.api.Test;

class ShipmentChargesTest {

    static final PriceList SEED = new PriceList(List.of(
            price("2020-01-01", "104.00"), price("2022-01-01", "105.50"), price("2023-01-01", "107.50"),
            price("2024-01-01", "129.50"), price("2025-07-01", "132.90")));

    @Test
    void each_card_costs_the_price_in_force_on_its_order_date_including_the_day_a_price_changes() {
        List<InvoiceLine> lines = ShipmentCharges.lines(SEED, List.of(
                aCardOrderedOn("2021-06-15"), aCardOrderedOn("2022-12-31"), aCardOrderedOn("2023-01-01"),
                aCardOrderedOn("2025-06-30"), aCardOrderedOn("2025-07-01"), aCardOrderedOn("2026-11-24")),
                "s1", Money.nok("49.00"), true);
        assertThat(lines).extracting(InvoiceLine::net).containsExactly(Money.nok("104.00"), Money.nok("105.50"),
                Money.nok("107.50"), Money.nok("129.50"), Money.nok("132.90"), Money.nok("132.90"), Money.nok("49.00"));
    }

    @Test
    void one_construction_card_ordered_today_and_one_shipments_postage_make_exact_totals() {
        Invoice invoice = invoiceOf(ShipmentCharges.lines(SEED, List.of(aCardOrderedOn("2026-11-24")), "s1",
                new Money(4900), true));
        assertThat(invoice.lines()).extracting(InvoiceLine::vat).containsExactly(new Money(3323), new Money(1225));
        assertThat(invoice.net()).isEqualTo(new Money(18190));
        assertThat(invoice.vat()).isEqualTo(new Money(4548));
        assertThat(invoice.gross()).isEqualTo(new Money(22738));
    }

    @Test
    void free_replacements_and_uncharged_postage_appear_at_zero() {
        List<InvoiceLine> lines = ShipmentCharges.lines(SEED, List.of(
                new ChargedCard("4183710254", "cleaning", LocalDate.of(2026, 11, 24), true)), "s2", new Money(4900), false);
        assertThat(lines).hasSize(2).allSatisfy(l -> {
            assertThat(l.net()).isEqualTo(Money.ZERO);
            assertThat(l.vat()).isEqualTo(Money.ZERO);
        });
        assertThat(lines.get(0).description()).contains("free replacement");
        assertThat(lines.get(1).reference()).isEqualTo("postage:s2");
    }

    @Test
    void vat_is_rounded_per_line_half_up_so_half_an_ore_rounds_up_on_every_line() {
        // 0.02 NOK at 25 % is 0.5 øre: rounded up on each line, so two lines give 2 øre, not 1
        Invoice invoice = invoiceOf(List.of(InvoiceLine.of("a", "a", new Money(2), 25), InvoiceLine.of("b", "b",
                new Money(2), 25)));
        assertThat(invoice.vat()).isEqualTo(new Money(2));
        assertThat(InvoiceLine.of("c", "c", new Money(10650), 25).vat()).isEqualTo(new Money(2663));
        assertThat(InvoiceLine.of("d", "d", new Money(10649), 25).vat()).isEqualTo(new Money(2662));
    }

    @Test
    void a_card_ordered_before_the_first_price_cannot_be_priced() {
        assertThatThrownBy(() -> ShipmentCharges.lines(SEED, List.of(aCardOrderedOn("2019-12-31")), "s", Money.ZERO, true))
                .hasMessageContaining("no card price in force on 2019-12-31");
    }

    @Test
    void an_operator_may_add_a_price_only_from_tomorrow_on() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertThat(PriceList.mayStart(today.plusDays(1), today)).isTrue();
        assertThat(PriceList.mayStart(today, today)).isFalse();
        assertThat(PriceList.mayStart(today.minusDays(1), today)).isFalse();
    }

    static ChargedCard aCardOrderedOn(String day) {
        return new ChargedCard("3574272773", "construction", LocalDate.parse(day), false);
    }

    static PriceList.Price price(String from, String net) {
        return new PriceList.Price(LocalDate.parse(from), Money.nok(net));
    }

    static Invoice invoiceOf(List<InvoiceLine> lines) {
        return new Invoice("1", OrganisationNumber.of("315114314"), OrganisationNumber.of("315114314"),
                LocalDate.of(2026, 11, 24), lines);
    }
}
