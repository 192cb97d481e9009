package no.hmskort.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PersonalDataTest {

    @Test
    void an_eleven_digit_run_is_masked_but_other_numbers_are_kept() {
        assertThat(PersonalData.mask("order for 15858010060 at 315114306, card 1234567897"))
                .isEqualTo("order for 158580***** at 315114306, card 1234567897");
        assertThat(PersonalData.mask("123456789012")).isEqualTo("123456789012");
    }

    @Test
    void the_log_pattern_masks_messages_and_stack_traces() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskingMessageConverter::new);
        layout.getInstanceConverterMap().put("maskedEx", MaskingThrowableConverter::new);
        layout.setPattern("%maskedMsg %maskedEx");
        layout.start();
        Logger logger = context.getLogger("test");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, ch.qos.logback.classic.Level.WARN,
                "rejected {}", new IllegalStateException("bad person 02928510045"), new Object[] {"02928510045"});

        String line = layout.doLayout(event);

        assertThat(line).contains("rejected 029285*****", "bad person 029285*****").doesNotContain("02928510045");
    }
}
