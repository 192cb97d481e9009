package no.hmskort.production.printing.model;

import static no.hmskort.production.printing.model.TestCards.aChip;
import static no.hmskort.production.printing.model.TestCards.aPrintedCard;
import static no.hmskort.production.printing.model.TestCards.aRequestedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.events.orders.OrderLineApproved;
import org.junit.jupiter.api.Test;

class ProductionCardTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void a_failed_print_is_retried_until_the_attempts_are_used_then_waits_for_the_operator() {
        ProductionCard card = aRequestedCard(3);
        ProductionCard second = card.printFailed("jam");
        ProductionCard third = second.printFailed("jam again");
        ProductionCard queued = third.printFailed("out of ribbon");

        assertThat(second.state()).isEqualTo(ProductionState.PRINT_REQUESTED);
        assertThat(second.printAttempts()).isEqualTo(2);
        assertThat(third.state()).isEqualTo(ProductionState.PRINT_REQUESTED);
        assertThat(third.printAttempts()).isEqualTo(3);
        assertThat(queued.state()).isEqualTo(ProductionState.PRINT_FAILED);
        assertThat(queued.printAttempts()).isEqualTo(3);
        assertThat(queued.lastFailure()).isEqualTo("out of ribbon");
        assertThat(queued.cardNumber()).isEqualTo(card.cardNumber());
    }

    @Test
    void the_operator_retry_gives_a_fresh_round_of_attempts_under_the_same_number() {
        ProductionCard queued = aRequestedCard(1).printFailed("jam");
        assertThat(queued.state()).isEqualTo(ProductionState.PRINT_FAILED);

        ProductionCard retried = queued.retriedByOperator(2);
        assertThat(retried.state()).isEqualTo(ProductionState.PRINT_REQUESTED);
        assertThat(retried.printAttempts()).isEqualTo(2);
        assertThat(retried.printFailed("jam").state()).isEqualTo(ProductionState.PRINT_REQUESTED);
        assertThatThrownBy(() -> retried.retriedByOperator(2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_success_reported_after_the_failures_takes_the_card_out_of_the_operator_queue() {
        ProductionCard queued = aRequestedCard(1).printFailed("jam");
        ProductionCard printed = queued.printed(aChip(), "B1", TODAY);
        assertThat(printed.state()).isEqualTo(ProductionState.PRINTED);
        assertThat(printed.chipBatch()).isEqualTo("B1");
        assertThatThrownBy(() -> printed.printed(aChip(), "B1", TODAY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_printed_card_is_valid_for_two_years_and_cannot_fail_afterwards() {
        ProductionCard printed = aRequestedCard(3).printed(aChip(), "B1", TODAY);
        assertThat(printed.expiresOn()).isEqualTo(TODAY.plusYears(2));
        assertThatThrownBy(() -> printed.printFailed("late report")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_card_is_in_use_from_printing_until_blocked_expired_or_replaced() {
        ProductionCard printed = aPrintedCard(TODAY);
        assertThat(aRequestedCard(3).inUse(TODAY)).isFalse();
        assertThat(printed.inUse(TODAY)).isTrue();
        assertThat(printed.withStatus(CardStatus.INVALID, Instant.now()).inUse(TODAY)).as("invalid is still in use").isTrue();
        assertThat(printed.withStatus(CardStatus.BLOCKED, Instant.now()).inUse(TODAY)).isFalse();
        assertThat(printed.withStatus(CardStatus.EXPIRED, Instant.now()).inUse(TODAY)).isFalse();
        assertThat(printed.inUse(TODAY.plusYears(2).plusDays(1))).isFalse();
        assertThat(printed.replacedBy(aRequestedCard(3).cardNumber()).inUse(TODAY)).isFalse();
    }

    @Test
    void an_older_status_announcement_does_not_overwrite_a_newer_one() {
        Instant now = Instant.parse("2026-11-24T12:00:00Z");
        ProductionCard blocked = aPrintedCard(TODAY).withStatus(CardStatus.BLOCKED, now);
        assertThat(blocked.withStatus(CardStatus.VALID, now.minusSeconds(5)).cardStatus()).isEqualTo(CardStatus.BLOCKED);
        assertThat(blocked.withStatus(CardStatus.VALID, now).cardStatus()).isEqualTo(CardStatus.BLOCKED);
    }

    @Test
    void the_old_card_is_due_for_blocking_only_after_the_replacement_is_delivered_and_the_grace_has_passed() {
        Instant delivered = Instant.parse("2026-11-24T12:00:00Z");
        ProductionCard replacement = ProductionCard.requested(aRequestedCard(3).cardNumber(), TestCards.production(TestCards.aLine()),
                new Replacement(UUID.randomUUID(), "chip defect", false), 3).printed(aChip(), "B2", TODAY);
        Duration grace = Duration.ofDays(14);
        assertThat(replacement.freeOfCharge()).isTrue();
        assertThat(replacement.oldCardDueForBlocking(delivered.plus(Duration.ofDays(30)), grace)).isFalse();

        ProductionCard arrived = replacement.inShipment(UUID.randomUUID()).shipped(TODAY).delivered(delivered);
        assertThat(arrived.oldCardDueForBlocking(delivered.plus(Duration.ofDays(13)), grace)).isFalse();
        assertThat(arrived.oldCardDueForBlocking(delivered.plus(grace), grace)).isTrue();
        assertThat(arrived.oldCardAnnounced().oldCardDueForBlocking(delivered.plus(grace), grace)).isFalse();
    }

    @Test
    void a_print_with_a_chip_already_on_another_card_waits_for_the_operator_without_a_chip() {
        ProductionCard other = aPrintedCard(TODAY);
        ProductionCard card = aRequestedCard(3).printJobIssued(TODAY);

        ProductionCard refused = card.chipAlreadyOn(other.cardNumber(), other.chipUid());
        assertThat(refused.state()).isEqualTo(ProductionState.PRINT_FAILED);
        assertThat(refused.chipUid()).isNull();
        assertThat(refused.printAttempts()).isEqualTo(1);
        assertThat(refused.lastFailure()).contains("already on another card", other.chipUid().value(),
                other.cardNumber().value()).doesNotContain(other.line().holder().name());
        assertThat(refused.retriedByOperator(3).state()).isEqualTo(ProductionState.PRINT_REQUESTED);
        assertThatThrownBy(() -> card.chipAlreadyOn(card.cardNumber(), other.chipUid()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> other.chipAlreadyOn(card.cardNumber(), aChip())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_ordered_replacement_replaces_its_old_card_on_delivery_but_a_recall_replacement_waits_for_its_grace() {
        ProductionCard old = aPrintedCard(TODAY);
        OrderLineApproved renewal = TestCards.replacing(TestCards.aLine(), old.cardNumber());

        assertThat(ProductionCard.requested(aRequestedCard(3).cardNumber(), TestCards.production(renewal), null, 3).replacesOnDelivery())
                .isEqualTo(old.cardNumber());
        assertThat(ProductionCard.requested(aRequestedCard(3).cardNumber(), TestCards.production(renewal),
                new Replacement(UUID.randomUUID(), "chip defect", false), 3).replacesOnDelivery()).isNull();
        assertThat(aPrintedCard(TODAY).replacesOnDelivery()).isNull();
    }

    @Test
    void a_card_joins_one_shipment_only() {
        ProductionCard claimed = aPrintedCard(TODAY).inShipment(UUID.randomUUID());
        assertThatThrownBy(() -> claimed.inShipment(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_card_keeps_the_dates_of_its_last_print_job_whenever_the_print_is_reported() {
        ProductionCard job = aRequestedCard(3).printJobIssued(TODAY);
        assertThat(job.issuedOn()).isEqualTo(TODAY);
        assertThat(job.expiresOn()).isEqualTo(TODAY.plusYears(2));

        ProductionCard printedLater = job.printed(aChip(), "B1", TODAY.plusDays(3));
        assertThat(printedLater.issuedOn()).isEqualTo(TODAY);
        assertThat(printedLater.expiresOn()).isEqualTo(TODAY.plusYears(2));

        ProductionCard retried = job.printFailed("jam").printJobIssued(TODAY.plusDays(1));
        ProductionCard printed = retried.printed(aChip(), "B1", TODAY.plusDays(5));
        assertThat(printed.issuedOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(printed.expiresOn()).isEqualTo(TODAY.plusDays(1).plusYears(2));
    }

    @Test
    void a_card_left_out_of_the_shipment_it_was_claimed_for_is_free_for_the_next() {
        UUID shipment = UUID.randomUUID();
        ProductionCard claimed = aPrintedCard(TODAY).inShipment(shipment);

        ProductionCard free = claimed.leftOutOf(shipment);
        assertThat(free.shipmentId()).isNull();
        assertThat(free.state()).isEqualTo(ProductionState.PRINTED);
        assertThat(free.inShipment(UUID.randomUUID()).shipmentId()).isNotNull();
        assertThatThrownBy(() -> claimed.leftOutOf(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}
