package no.hmskort.cardstatus.cards.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.registers.duties.Evaluation;
import no.hmskort.registers.duties.UnmetDuty;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.junit.jupiter.api.Test;

class CardTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 10);
    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    static final UnmetDuty ENDED = new UnmetDuty("employment-registered", "Aa-registeret",
            "the employment ended on 2026-11-23", "§ 3");

    final Card issued = new Card(CardNumber.of("3574272773"), ChipUid.of("04A22B1A5C6180"),
            OrganisationNumber.of("315114314"), OrganisationNumber.of("315114306"), "Demo Bygg AS", "construction",
            new Holder(PersonId.of("02928510045"), "Ola Nordmann", LocalDate.of(1985, 12, 2)), ISSUED,
            ISSUED.plusYears(2), CardStatus.ISSUED, List.of(), null, null, List.of());

    @Test
    void a_card_turns_invalid_and_valid_again_by_itself_with_each_change_logged() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Card valid = issued.judged(new Evaluation(List.of(), null), today, NOW);
        Card invalid = valid.judged(new Evaluation(List.of(ENDED), null), today, NOW);
        Card validAgain = invalid.judged(new Evaluation(List.of(), null), today, NOW);

        assertThat(valid.status()).isEqualTo(CardStatus.VALID);
        assertThat(invalid.status()).isEqualTo(CardStatus.INVALID);
        assertThat(invalid.reasons()).containsExactly("the employment ended on 2026-11-23");
        assertThat(validAgain.status()).isEqualTo(CardStatus.VALID);
        assertThat(validAgain.log()).extracting(StatusLogEntry::status)
                .containsExactly(CardStatus.VALID, CardStatus.INVALID, CardStatus.VALID);
    }

    @Test
    void judging_on_the_same_facts_returns_the_same_card() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Card valid = issued.judged(new Evaluation(List.of(), null), today, NOW);
        assertThat(valid.judged(new Evaluation(List.of(), null), today, NOW)).isSameAs(valid);
    }

    @Test
    void the_recheck_date_is_the_earliest_register_end_or_the_expiry_and_past_it_the_verdict_is_stale() {
        LocalDate today = LocalDate.of(2026, 11, 24);
        Card fixedTerm = issued.judged(new Evaluation(List.of(), today.plusDays(5)), today, NOW);
        assertThat(fixedTerm.recheckAfter()).isEqualTo(today.plusDays(5));
        assertThat(fixedTerm.needsRecheckOn(today.plusDays(5))).isFalse();
        assertThat(fixedTerm.needsRecheckOn(today.plusDays(6))).isTrue();
        Card open = issued.judged(new Evaluation(List.of(), null), today, NOW);
        assertThat(open.recheckAfter()).isEqualTo(ISSUED.plusYears(2));
    }

    @Test
    void after_two_years_a_card_is_expired_and_stays_so() {
        Card expired = issued.judged(new Evaluation(List.of(), null), ISSUED.plusYears(2).plusDays(1), NOW);
        assertThat(expired.status()).isEqualTo(CardStatus.EXPIRED);
        assertThat(expired.judged(new Evaluation(List.of(), null), ISSUED, NOW)).isSameAs(expired);
        assertThat(expired.block(BlockReason.LOST, NOW)).isEmpty();
    }

    @Test
    void a_blocked_card_is_blocked_for_good() {
        Card blocked = issued.judged(new Evaluation(List.of(), null), ISSUED, NOW).block(BlockReason.STOLEN, NOW)
                .orElseThrow();
        assertThat(blocked.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(blocked.blocked()).isEqualTo(BlockReason.STOLEN);
        assertThat(blocked.judged(new Evaluation(List.of(), null), ISSUED, NOW)).isSameAs(blocked);
        assertThat(blocked.block(BlockReason.LOST, NOW)).isEmpty();
        assertThat(blocked.log().getLast().detail()).isEqualTo("reported stolen");
    }
}
