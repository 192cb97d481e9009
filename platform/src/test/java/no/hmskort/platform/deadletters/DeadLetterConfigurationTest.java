package no.hmskort.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The dead-letter tools' Kafka clients use the security settings the deployment gives the binder: the
 * production overlay sets them as SPRING_KAFKA_PROPERTIES_* (Spring Kafka's common properties), and a client
 * without them would be refused by the brokers.
 */
class DeadLetterConfigurationTest {

    @Test
    void the_clients_take_spring_kafkas_common_properties_and_the_binders_own_configuration_over_them() {
        StandardEnvironment environment = new StandardEnvironment();
        // as the pod's environment: Spring reads variables relaxed only from the source of this name
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL",
                "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "SPRING_APPLICATION_NAME", "some-service",
                "HMSKORT_DEADLETTERS_REPLAY_CLIENT_SASL_JAAS_CONFIG", "the replay identity's login")));
        environment.getPropertySources().addFirst(new MapPropertySource("binder", Map.of(
                "spring.cloud.stream.kafka.binder.configuration.sasl.mechanism", "SCRAM-SHA-256")));

        DeadLetterTopics topics = new DeadLetterConfiguration().deadLetterTopics(environment, "broker:9093");
        Map<String, Object> settings = topics.settings();

        assertThat(settings).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-256")
                .containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("client.id", "some-service-dead-letters")
                .doesNotContainKey("sasl.jaas.config");
        assertThat(topics.replaySettings()).as("the replay writes as an identity of its own, on the same brokers")
                .containsEntry("sasl.jaas.config", "the replay identity's login")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "broker:9093")
                .containsEntry("client.id", "some-service-dead-letter-replay");
    }
}
