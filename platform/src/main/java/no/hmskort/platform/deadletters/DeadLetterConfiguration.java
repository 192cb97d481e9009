package no.hmskort.platform.deadletters;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import no.hmskort.platform.messaging.PlatformEnvironment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The dead-letter operator tools every service gets: its dead-letter topics (from its {@code hmskort.consumers}
 * lines), read and replayed on the binder's brokers with the binder's client settings, and the record of
 * replays in its own database.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    @Bean
    DeadLetterTopics deadLetterTopics(Environment environment,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        // The clients' settings are the binder's: Spring Kafka's common properties (where the deployment puts the
        // security settings, docs/deployment.md), then the binder's own configuration over them.
        Map<String, Object> kafka = new HashMap<>(clientSettings(environment, "spring.kafka.properties"));
        kafka.putAll(clientSettings(environment, "spring.cloud.stream.kafka.binder.configuration"));
        kafka.put("bootstrap.servers", brokers);
        kafka.put("client.id", environment.getRequiredProperty("spring.application.name") + "-dead-letters");
        // The replay writes to topics the service only consumes: in a deployment it does so as an identity of its
        // own (hmskort.dead-letters.replay.client.*, e.g. its sasl.jaas.config), granted only while a replay is
        // needed (deploy/overlays/production-replay); none given, it uses the service's.
        Map<String, Object> replay = new HashMap<>(kafka);
        replay.putAll(clientSettings(environment, "hmskort.dead-letters.replay.client"));
        replay.put("client.id", environment.getRequiredProperty("spring.application.name") + "-dead-letter-replay");
        return new DeadLetterTopics(PlatformEnvironment.deadLetterTopics(environment), kafka, replay);
    }

    static Map<String, String> clientSettings(Environment environment, String prefix) {
        return Binder.get(environment).bind(prefix, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    }

    @Bean
    DeadLetterCounts deadLetterCounts(DeadLetterTopics topics, MeterRegistry meters,
            @Value("${hmskort.metrics.count-interval}") Duration fresh) {
        return new DeadLetterCounts(topics, meters, fresh);
    }

    @Bean
    DeadLetterReplays deadLetterReplays(MongoTemplate mongo,
            @Value("${hmskort.dead-letters.unconfirmed-claim-expiry}") Duration staleAfter) {
        return new DeadLetterReplays(mongo, Clock.systemUTC(), staleAfter);
    }

    @Bean
    ReplayingDeadLetters replayingDeadLetters(DeadLetterTopics topics, DeadLetterReplays replays) {
        return new ReplayingDeadLetters(topics, replays);
    }

    @Bean
    DeadLetterController deadLetterController(ReplayingDeadLetters replaying, DeadLetterTopics topics,
            @Value("${spring.application.name}") String service) {
        return new DeadLetterController(replaying, topics, service);
    }
}
