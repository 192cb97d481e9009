package no.hmskort.platform.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import no.hmskort.contracts.events.Topic;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds the platform's defaults (lowest precedence: a service's own configuration wins) and expands
 * each {@code hmskort.consumers.<bean>=<topic>} line into the Spring Cloud Stream binding it implies:
 * destination, the service's consumer group, retries, and a dead-letter topic
 * {@code <topic>.<group>.dlt} that records why; and each {@code hmskort.broadcasts.<bean>=<topic>} line into
 * a binding without a group, so that every instance hears every message published from its start on (for
 * what an instance keeps in memory and must forget when another instance changes it).
 */
public class PlatformEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "hmskort-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("hmskort-platform-defaults",
                    new ClassPathResource(DEFAULTS, PlatformEnvironment.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> consumers = lines(environment, "hmskort.consumers");
        Map<String, String> broadcasts = lines(environment, "hmskort.broadcasts");
        if (consumers.isEmpty() && broadcasts.isEmpty()) {
            return;
        }
        String group = environment.getRequiredProperty("spring.application.name");
        Map<String, Object> bindings = new LinkedHashMap<>();
        Map<String, String> every = new TreeMap<>(consumers);
        every.putAll(broadcasts);
        bindings.put("spring.cloud.function.definition", String.join(";", every.keySet()));
        // Every instance hears every message from now on (a group of its own, no dead-letter topic):
        // what an instance keeps in memory, it forgets when another instance changes it.
        broadcasts.forEach((bean, topic) -> {
            String binding = bean + "-in-0";
            bindings.put("spring.cloud.stream.bindings." + binding + ".destination", topic);
            bindings.put("spring.cloud.stream.bindings." + binding + ".consumer.max-attempts", "1");
            bindings.put("spring.cloud.stream.kafka.bindings." + binding + ".consumer.start-offset", "latest");
        });
        consumers.forEach((bean, topic) -> {
            String binding = bean + "-in-0";
            bindings.put("spring.cloud.stream.bindings." + binding + ".destination", topic);
            bindings.put("spring.cloud.stream.bindings." + binding + ".group", group);
            bindings.put("spring.cloud.stream.bindings." + binding + ".consumer.retryable-exceptions."
                    + PoisonMessageException.class.getName(), "false");
            bindings.put("spring.cloud.stream.kafka.bindings." + binding + ".consumer.enable-dlq", "true");
            bindings.put("spring.cloud.stream.kafka.bindings." + binding + ".consumer.dlq-name",
                    deadLetterTopic(topic, group));
        });
        environment.getPropertySources().addLast(new MapPropertySource("hmskort-consumer-bindings", bindings));
    }

    /** This service's dead-letter topics, one per {@code hmskort.consumers} line, each with the topic it serves. */
    public static Map<String, String> deadLetterTopics(Environment environment) {
        String group = environment.getRequiredProperty("spring.application.name");
        Map<String, String> deadLetterTopics = new TreeMap<>();
        lines(environment, "hmskort.consumers").values()
                .forEach(topic -> deadLetterTopics.put(deadLetterTopic(topic, group), topic));
        return deadLetterTopics;
    }

    private static Map<String, String> lines(Environment environment, String prefix) {
        return new TreeMap<>(Binder.get(environment).bind(prefix, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
    }

    /** Where a consumer group's unprocessable messages from a topic go. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlt";
    }

    public static String deadLetterTopic(Topic<?> topic, String group) {
        return deadLetterTopic(topic.name(), group);
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
