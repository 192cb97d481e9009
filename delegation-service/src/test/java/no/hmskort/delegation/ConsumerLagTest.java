package no.hmskort.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.testsupport.TestEvents;
import no.hmskort.testsupport.TestIdentifiers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * The consumer-lag gauge the HmskortConsumerLagHigh alert reads (the Kafka binder's
 * {@code spring.cloud.stream.binder.kafka.offset}, by group and topic), through the real broker: with the
 * service's binding stopped, events published to its topic show as lag; started again, it catches up to none.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class ConsumerLagTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BINDING = "enhetsregisteretEvents-in-0";

    @Autowired
    MeterRegistry meters;
    @Autowired
    BindingsLifecycleController bindings;

    @Test
    void events_a_stopped_consumer_has_not_read_show_as_lag_and_go_once_it_reads_them() {
        Awaitility.await().atMost(WAIT).until(() -> lag() == 0);
        bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
        try {
            for (int i = 0; i < 5; i++) {
                TestEvents.publish(Topics.ENHETSREGISTERET, new UnitChanged(TestIdentifiers.anOrganisationNumber(),
                        "Venter AS", "AS", null, false, false, false, Instant.now()));
            }
            Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(lag()).isGreaterThanOrEqualTo(5));
            // and it stays: nothing reads them while the binding is stopped
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> lag() >= 5);
        } finally {
            bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);
        }
        Awaitility.await().atMost(WAIT).until(() -> lag() == 0);
    }

    private double lag() {
        Gauge gauge = meters.find("spring.cloud.stream.binder.kafka.offset").tag("group", "delegation-service")
                .tag("topic", Topics.ENHETSREGISTERET.name()).gauge();
        assertThat(gauge).as("the binder's lag gauge for the service's group on the topic").isNotNull();
        return gauge.value();
    }
}
