package no.hmskort.billing.invoicing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostageRefundTest {

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
}
