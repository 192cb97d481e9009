package no.hmskort.billing.invoicing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.junit.jupiter.api.Test;

class MoneyAndPricesTest {

    private final PriceList prices = new PriceList(List.of(
            new PriceList.Price(LocalDate.of(2023, 1, 1), Money.nok("107.50")),
            new PriceList.Price(LocalDate.of(2020, 1, 1), Money.nok("104.00")),
            new PriceList.Price(LocalDate.of(2025, 7, 1), Money.nok("132.90"))));

    @Test
    void vat_is_rounded_to_the_ore_half_up_and_half_away_from_zero_for_credits() {
        assertThat(Money.nok("132.90").percent(25)).isEqualTo(new Money(3323));
        assertThat(new Money(2).percent(25)).isEqualTo(new Money(1));
        assertThat(new Money(1).percent(25)).isEqualTo(new Money(0));
        assertThat(new Money(-13290).percent(25)).isEqualTo(new Money(-3323));
        assertThat(Money.nok("104.00").percent(25)).isEqualTo(Money.nok("26.00"));
    }

    @Test
    void amounts_compare_and_add_up_in_oere_without_losing_one() {
        assertThat(Money.nok("49.00").plus(Money.nok("0.01"))).isEqualTo(new Money(4901));
        assertThat(Money.nok("49.00").minus(Money.nok("99.00"))).isEqualTo(Money.nok("-50.00"));
        assertThat(Money.nok("-0.01").isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.nok("0.01").isGreaterThan(Money.ZERO)).isTrue();
        assertThat(new Money(4900).decimal()).isEqualTo("49.00");
        assertThatThrownBy(() -> Money.nok("49.001")).as("no fraction of an øre").isInstanceOf(ArithmeticException.class);
    }

    @Test
    void the_price_is_the_one_in_force_on_the_order_date() {
        assertThat(prices.cardPriceOn(LocalDate.of(2020, 1, 1))).isEqualTo(Money.nok("104.00"));
        assertThat(prices.cardPriceOn(LocalDate.of(2022, 12, 31))).isEqualTo(Money.nok("104.00"));
        assertThat(prices.cardPriceOn(LocalDate.of(2023, 1, 1))).isEqualTo(Money.nok("107.50"));
        assertThat(prices.cardPriceOn(LocalDate.of(2025, 6, 30))).isEqualTo(Money.nok("107.50"));
        assertThat(prices.cardPriceOn(LocalDate.of(2026, 11, 24))).isEqualTo(Money.nok("132.90"));
        assertThatThrownBy(() -> prices.cardPriceOn(LocalDate.of(2019, 12, 31))).hasMessageContaining("no card price");
    }

    @Test
    void invoice_totals_are_the_sums_of_lines_each_rounded_on_its_own() {
        Invoice invoice = new Invoice("1", OrganisationNumber.of("315114314"), OrganisationNumber.of("315114314"),
                LocalDate.of(2026, 11, 24), List.of(
                InvoiceLine.of("card", "a", Money.nok("132.90"), 25),
                InvoiceLine.of("card", "b", Money.nok("132.90"), 25),
                InvoiceLine.of("postage", "s", Money.nok("0.02"), 25)));
        assertThat(invoice.net()).isEqualTo(Money.nok("265.82"));
        assertThat(invoice.vat()).isEqualTo(new Money(3323 + 3323 + 1));
        assertThat(invoice.gross()).isEqualTo(new Money(26582 + 6647));
    }
}
