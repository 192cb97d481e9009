package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.hmskort.localstack.ReadmeWalkthroughTest.Step;
import org.junit.jupiter.api.Test;

/** The walkthrough test's own check: a drifted README must fail it. */
class ReadmeWalkthroughCheckTest {

    @Test
    void an_ellipsis_stands_for_any_text_and_whitespace_is_ignored_but_every_other_character_counts() {
        Step step = Step.of("curl x\n# {\"state\": \"AWAITING\", \"idCopy\": \"…\"}\n").getFirst();
        assertThat(step.shows("{\"state\":\"AWAITING\",\n  \"idCopy\":\"missing\"}")).isTrue();
        assertThat(step.shows("{\"state\":\"APPROVED\",\"idCopy\":\"missing\"}")).isFalse();
        assertThat(step.shows("{\"state\":\"AWAITING\",\"idCopy\":\"missing\"}\n{\"another\":1}")).isFalse();
    }

    @Test
    void output_lines_end_a_step_and_a_sleep_marks_where_it_waits_from() {
        List<Step> steps = Step.of("A=1\nB=2\n# out\nC=3\nsleep 1; curl y\n# out2\ncurl z\n");
        assertThat(steps).extracting(Step::commands).containsExactly("A=1\nB=2\n", "C=3\nsleep 1; curl y\n", "curl z\n");
        assertThat(steps).extracting(Step::expected).containsExactly("out", "out2", null);
        assertThat(steps.get(1).commands().substring(steps.get(1).waitsFrom())).isEqualTo("sleep 1; curl y\n");
        assertThat(steps.get(0).waitsFrom()).isEqualTo(-1);
    }

    @Test
    void a_blank_line_ends_a_step_so_only_the_commands_after_it_are_compared() {
        List<Step> steps = Step.of("curl a | jq\ncurl b | jq\n\ncurl c\n# out\n");
        assertThat(steps).extracting(Step::commands).containsExactly("curl a | jq\ncurl b | jq\n", "curl c\n");
        assertThat(steps).extracting(Step::expected).containsExactly(null, "out");
    }
}
