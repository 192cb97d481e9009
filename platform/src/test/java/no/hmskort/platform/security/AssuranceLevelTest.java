package no.hmskort.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssuranceLevelTest {

    @Test
    void high_meets_substantial_but_not_the_other_way_round_and_unknown_levels_meet_nothing() {
        assertThat(AssuranceLevel.atLeast(AssuranceLevel.HIGH, AssuranceLevel.SUBSTANTIAL)).isTrue();
        assertThat(AssuranceLevel.atLeast(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.SUBSTANTIAL)).isTrue();
        assertThat(AssuranceLevel.atLeast(AssuranceLevel.SUBSTANTIAL, AssuranceLevel.HIGH)).isFalse();
        assertThat(AssuranceLevel.atLeast("idporten-loa-low", AssuranceLevel.SUBSTANTIAL)).isFalse();
        assertThat(AssuranceLevel.atLeast(null, AssuranceLevel.SUBSTANTIAL)).isFalse();
    }
}
