package no.hmskort.production.recall.model;

import static no.hmskort.production.printing.model.TestCards.aLine;
import static no.hmskort.production.printing.model.TestCards.aPrintedCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.production.printing.model.ProductionCard;
import org.junit.jupiter.api.Test;

class RecallTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void a_recall_names_a_batch_a_uid_range_or_a_list_of_cards() {
        ProductionCard card = aPrintedCard(aLine(), "LOT-7", TODAY);
        assertThat(RecallCriteria.batch("LOT-7").matches(card)).isTrue();
        assertThat(RecallCriteria.batch("LOT-8").matches(card)).isFalse();
        assertThat(RecallCriteria.uidRange(card.chipUid(), card.chipUid()).matches(card)).isTrue();
        assertThat(RecallCriteria.uidRange(ChipUid.of("00000000000000"), ChipUid.of("00000000000001")).matches(card))
                .isFalse();
        assertThat(RecallCriteria.uidRange(ChipUid.of("00000000"), ChipUid.of("FFFFFFFF")).matches(card))
                .as("a range of 4-byte UIDs does not take in 7-byte ones").isFalse();
        assertThat(RecallCriteria.cardList(List.of(card.cardNumber())).matches(card)).isTrue();
    }

    @Test
    void criteria_name_exactly_one_kind_and_a_range_runs_upwards() {
        ChipUid low = ChipUid.of("00000000000001");
        ChipUid high = ChipUid.of("00000000000009");
        assertThatThrownBy(() -> new RecallCriteria(null, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecallCriteria("LOT-7", low, high, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecallCriteria.uidRange(high, low)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecallCriteria(null, low, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_replacement_line_copies_the_old_card_and_is_keyed_by_it_alone() {
        ProductionCard old = aPrintedCard(aLine(), "LOT-7", TODAY);
        var line = ReplacementLine.of(old);
        assertThat(line.lineId()).isEqualTo(ReplacementLine.of(old).lineId()).isNotEqualTo(old.line().lineId());
        assertThat(line.replacesCard()).isEqualTo(old.cardNumber());
        assertThat(line.holder()).isEqualTo(old.line().holder());
        assertThat(line.photoRef()).isEqualTo(old.line().photoRef());
        assertThat(line.deliveryAddress()).isEqualTo(old.line().deliveryAddress());
        assertThat(line.employer()).isEqualTo(old.line().employer());
        assertThat(ReplacementLine.of(aPrintedCard(aLine(), "LOT-7", TODAY)).lineId()).isNotEqualTo(line.lineId());
    }

    @Test
    void progress_counts_each_card_by_its_outcome() {
        Recall recall = Recall.requested(UUID.randomUUID(), RecallCriteria.batch("LOT-7"), "gates cannot read", Instant.now())
                .counted("1000000001", Recall.Outcome.REPLACED)
                .counted("1000000002", Recall.Outcome.ALREADY_REPLACED)
                .counted("1000000003", Recall.Outcome.NOT_IN_USE)
                .passedOver("1000000004");
        assertThat(recall.matched()).isEqualTo(3);
        assertThat(recall.replaced()).isEqualTo(1);
        assertThat(recall.alreadyReplaced()).isEqualTo(1);
        assertThat(recall.skippedNotInUse()).isEqualTo(1);
        assertThat(recall.lastCardNumber()).as("a card passed over is visited, not counted").isEqualTo("1000000004");
        assertThat(recall.done()).isFalse();
        assertThat(recall.finished(Instant.now()).done()).isTrue();
        assertThatThrownBy(() -> Recall.requested(UUID.randomUUID(), RecallCriteria.batch("X"), " ", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
