package no.hmskort.order.ordering.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.UnmetDuty;
import no.hmskort.testsupport.TestIdentifiers;
import org.junit.jupiter.api.Test;

class OrderLineTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final UnmetDuty NO_EMPLOYMENT = new UnmetDuty("employment-registered", "Aa-registeret",
            "no employment is registered between the holder and the business", "§ 3");
    private static final UnmetDuty NO_VAT = new UnmetDuty("vat-registered", "Merverdiavgiftsregisteret",
            "the business is not found in the VAT register", "§ 3");

    @Test
    void a_new_line_waits_for_documents_even_when_every_duty_is_met() {
        OrderLine line = aLine().judged(allMet(), null, MONDAY);
        assertThat(line.state()).isEqualTo(LineState.AWAITING_DOCUMENTS);
        assertThat(line.awaitingSince()).isNull();
    }

    @Test
    void a_line_without_its_id_copy_still_waits_for_documents() {
        assertThat(aLine().withPhoto("p").judged(allMet(), null, MONDAY).state()).isEqualTo(LineState.AWAITING_DOCUMENTS);
    }

    @Test
    void with_both_documents_and_unmet_duties_it_awaits_registration_showing_every_unmet_duty() {
        OrderLine line = withDocuments().judged(unmet(NO_EMPLOYMENT, NO_VAT), null, MONDAY);
        assertThat(line.state()).isEqualTo(LineState.AWAITING_REGISTRATION);
        assertThat(line.unmet()).containsExactly(NO_EMPLOYMENT, NO_VAT);
        assertThat(line.awaitingSince()).isEqualTo(MONDAY);
    }

    @Test
    void the_waiting_period_counts_from_the_first_day_it_waited_for_registration() {
        OrderLine line = withDocuments().judged(unmet(NO_EMPLOYMENT, NO_VAT), null, MONDAY)
                .judged(unmet(NO_EMPLOYMENT), null, MONDAY.plus(Duration.ofDays(5)));
        assertThat(line.awaitingSince()).isEqualTo(MONDAY);
        assertThat(line.unmet()).containsExactly(NO_EMPLOYMENT);
        assertThat(line.waitedLongerThan(Duration.ofDays(30), MONDAY.plus(Duration.ofDays(29)))).isFalse();
        assertThat(line.waitedLongerThan(Duration.ofDays(30), MONDAY.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void it_is_approved_by_itself_once_every_duty_is_met_and_the_identity_is_verified() {
        OrderLine line = verified(withDocuments()).judged(unmet(NO_EMPLOYMENT), null, MONDAY).judged(allMet(), null, MONDAY);
        assertThat(line.state()).isEqualTo(LineState.APPROVED);
        assertThat(line.unmet()).isEmpty();
    }

    @Test
    void with_documents_and_every_duty_met_it_waits_for_the_identity_check_and_the_queue_counts_from_then() {
        OrderLine line = withDocuments().judged(allMet(), null, MONDAY);
        assertThat(line.state()).isEqualTo(LineState.AWAITING_IDENTITY_CHECK);
        assertThat(line.identityCheckSince()).isEqualTo(MONDAY);
        assertThat(line.judged(allMet(), null, MONDAY.plusSeconds(60)).identityCheckSince()).isEqualTo(MONDAY);
        assertThat(verified(line).judged(allMet(), null, MONDAY.plusSeconds(60)).state()).isEqualTo(LineState.APPROVED);
    }

    @Test
    void the_holder_may_confirm_before_the_documents_arrive_and_the_line_then_goes_straight_to_production() {
        OrderLine early = verified(aLine()).judged(allMet(), null, MONDAY);
        assertThat(early.state()).isEqualTo(LineState.AWAITING_DOCUMENTS);
        assertThat(early.withPhoto("p").withIdCopy("i").judged(allMet(), null, MONDAY).state())
                .isEqualTo(LineState.APPROVED);
    }

    @Test
    void a_rejection_discards_the_document_at_fault_and_new_documents_reopen_the_line() {
        OrderLine waiting = withDocuments().judged(allMet(), null, MONDAY);
        OrderLine rejected = waiting.rejected(new Rejection(Rejection.Reason.BAD_PHOTO, "sunglasses", MONDAY));
        assertThat(rejected.state()).isEqualTo(LineState.REJECTED);
        assertThat(rejected.photoId()).isNull();
        assertThat(rejected.idCopyId()).isEqualTo("id-copy");
        assertThat(rejected.state().isOpen()).isTrue();
        assertThat(rejected.judged(allMet(), null, MONDAY)).isSameAs(rejected);
        assertThat(rejected.printed(CardNumber.random(new java.util.Random(5))).state()).isEqualTo(LineState.REJECTED);

        OrderLine reopened = rejected.withPhoto("new-photo").judged(allMet(), null, MONDAY);
        assertThat(reopened.state()).isEqualTo(LineState.AWAITING_IDENTITY_CHECK);
        assertThat(reopened.rejection().reason()).isEqualTo(Rejection.Reason.BAD_PHOTO);
        assertThat(waiting.rejected(new Rejection(Rejection.Reason.DOCUMENT_EXPIRED, null, MONDAY)).idCopyId()).isNull();
        assertThatThrownBy(() -> aLine().rejected(new Rejection(Rejection.Reason.BAD_PHOTO, null, MONDAY)))
                .isInstanceOf(LineStateException.class);
    }

    @Test
    void the_card_carries_the_registered_name_and_a_differing_name_is_flagged() {
        OrderLine judged = withDocuments().judged(allMet(), "Kari Marie Nordmann", MONDAY);
        assertThat(judged.nameOnCard()).isEqualTo("Kari Marie Nordmann");
        assertThat(judged.holderOnCard().name()).isEqualTo("Kari Marie Nordmann");
        assertThat(judged.nameDiffersFromRegister()).isTrue();
        assertThat(withDocuments().judged(allMet(), " kari  NORDMANN", MONDAY).nameDiffersFromRegister()).isFalse();
        OrderLine unknown = withDocuments().judged(allMet(), null, MONDAY);
        assertThat(unknown.nameOnCard()).isEqualTo("Kari Nordmann");
        assertThat(unknown.nameDiffersFromRegister()).isFalse();
    }

    @Test
    void an_approved_line_is_not_judged_again_nor_cancelled_nor_given_new_documents() {
        OrderLine approved = verified(withDocuments()).judged(allMet(), null, MONDAY);
        assertThat(approved.judged(unmet(NO_VAT), null, MONDAY)).isSameAs(approved);
        assertThatThrownBy(() -> approved.cancelled("changed my mind")).isInstanceOf(LineStateException.class);
        assertThatThrownBy(() -> approved.withPhoto("other")).isInstanceOf(LineStateException.class);
    }

    @Test
    void a_waiting_line_is_cancelled_with_its_reason() {
        OrderLine cancelled = aLine().cancelled("cancelled by the orderer");
        assertThat(cancelled.state()).isEqualTo(LineState.CANCELLED);
        assertThat(cancelled.closedReason()).isEqualTo("cancelled by the orderer");
        assertThat(cancelled.state().isOpen()).isFalse();
    }

    @Test
    void the_card_is_followed_from_print_to_delivery_and_the_id_copy_is_let_go() {
        CardNumber card = CardNumber.random(new java.util.Random(7));
        OrderLine printed = verified(withDocuments()).judged(allMet(), null, MONDAY).printed(card).idCopyRemoved();
        assertThat(printed.state()).isEqualTo(LineState.PRINTED);
        assertThat(printed.cardNumber()).isEqualTo(card);
        assertThat(printed.idCopyId()).isNull();
        assertThat(printed.idCopyDeleted()).isTrue();
        assertThat(printed.photoId()).isEqualTo("photo");
        assertThat(printed.printed(card)).isEqualTo(printed);
        OrderLine delivered = printed.shipped().delivered();
        assertThat(delivered.state()).isEqualTo(LineState.DELIVERED);
        assertThat(delivered.shipped()).isEqualTo(delivered);
    }

    @Test
    void a_line_not_yet_approved_is_not_printed() {
        assertThat(aLine().printed(CardNumber.random(new java.util.Random(3))).state())
                .isEqualTo(LineState.AWAITING_DOCUMENTS);
    }

    private static OrderLine aLine() {
        return OrderLine.ordered(LineId.random(), new Holder(TestIdentifiers.aPerson(), "Kari Nordmann",
                LocalDate.of(1985, 3, 14)), null);
    }

    private static OrderLine verified(OrderLine line) {
        return line.identityVerified(new IdentityCheck(IdentityCheck.Method.ID_PORTEN, "idporten-loa-high", MONDAY));
    }

    private static OrderLine withDocuments() {
        return aLine().withPhoto("photo").withIdCopy("id-copy");
    }

    private static Evaluation allMet() {
        return new Evaluation(List.of(), null);
    }

    private static Evaluation unmet(UnmetDuty... duties) {
        return new Evaluation(List.of(duties), null);
    }
}
