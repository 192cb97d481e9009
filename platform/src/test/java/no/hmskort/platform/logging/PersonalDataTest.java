package no.hmskort.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest {

    @Test
    void an_eleven_digit_run_is_masked_but_other_numbers_are_kept() {
        assertThat(PersonalData.mask("order for 15858010060 at 315114306, card 1234567897"))
                .isEqualTo("order for 158580***** at 315114306, card 1234567897");
        assertThat(PersonalData.mask("123456789012")).isEqualTo("123456789012");
        assertThat(PersonalData.mask("orgnr 315 114 306 and 974 760 673")).isEqualTo("orgnr 315 114 306 and 974 760 673");
    }

    @Test
    void a_personal_number_written_in_groups_with_spaces_is_masked_too() {
        assertThat(PersonalData.mask("holder 158580 10060 called")).isEqualTo("holder 158580***** called");
        assertThat(PersonalData.mask("holder 15 85 80 100 60.")).isEqualTo("holder 15 85 80*****.");
        assertThat(PersonalData.mask("158580 100 60")).isEqualTo("158580*****");
    }

    /**
     * Through the services' own logging configuration (logback-spring.xml, as Spring Boot loads it at
     * start-up), so the test fails if that file stops routing messages and stack traces through the mask.
     */
    @Test
    void the_services_logging_configuration_masks_messages_arguments_and_stack_traces(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "masking-test");
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), "classpath:logback-spring.xml",
                (LogFile) null);
        try {
            Logger logger = LoggerFactory.getLogger("no.hmskort.masking");
            logger.warn("rejected {} and 158580 10060", "02928510045",
                    new IllegalStateException("bad person 029285 100 45"));

            assertThat(output.getOut()).contains("[masking-test]", "rejected 029285*****", "and 158580*****",
                    "bad person 029285*****").doesNotContain("02928510045", "10060", "100 45");
        } finally {
            logging.cleanUp();
        }
    }

    /** The same configuration with hmskort.logging.format=json: one JSON object per line, masked alike. */
    @Test
    void the_json_format_writes_one_object_per_line_with_the_trace_and_masks_alike(CapturedOutput output) {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        MockEnvironment environment = new MockEnvironment().withProperty("spring.application.name", "json-test")
                .withProperty("hmskort.logging.format", "json");
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), "classpath:logback-spring.xml",
                (LogFile) null);
        try {
            MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
            MDC.put("spanId", "00f067aa0ba902b7");
            LoggerFactory.getLogger("no.hmskort.json").warn("rejected {} \"quoted\"", "02928510045",
                    new IllegalStateException("bad person 029285 100 45"));
        } finally {
            MDC.clear();
            logging.cleanUp();
        }
        String line = output.getOut().lines().filter(l -> l.contains("no.hmskort.json")).findFirst().orElseThrow();
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("service").asString()).isEqualTo("json-test");
        assertThat(json.get("level").asString()).isEqualTo("WARN");
        assertThat(json.get("traceId").asString()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.get("message").asString()).isEqualTo("rejected 029285***** \"quoted\"");
        assertThat(json.get("error").asString()).contains("bad person 029285*****");
        assertThat(line).doesNotContain("02928510045", "100 45");
    }
}
