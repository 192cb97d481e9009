package no.hmskort.delegation.enhetsregisteret;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import no.hmskort.delegation.enhetsregisteret.application.FeedPoller;
import no.hmskort.delegation.enhetsregisteret.application.ReadingTheFeed;
import no.hmskort.delegation.enhetsregisteret.messaging.RegisterEventsOut;
import no.hmskort.delegation.enhetsregisteret.persistence.MongoFeedCursors;
import no.hmskort.delegation.enhetsregisteret.web.BrregRegister;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Runs the feed adapter when {@code hmskort.enhetsregisteret.feed.enabled} is true: nothing of the feature is a
 * bean otherwise, so its rooms hold plain classes wired here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedProperties.class)
@ConditionalOnProperty(prefix = "hmskort.enhetsregisteret.feed", name = "enabled", havingValue = "true")
class FeedConfiguration {

    @Bean
    BrregRegister enhetsregisteret(FeedProperties properties, RetryRegistry retries, CircuitBreakerRegistry breakers) {
        return new BrregRegister(properties.baseUrl(), properties.timeout(), retries, breakers);
    }

    @Bean
    ReadingTheFeed readingTheFeed(BrregRegister register, MongoTemplate mongo, OutboxRelay relay, Outbox outbox,
            FeedProperties properties) {
        return new ReadingTheFeed(register, new MongoFeedCursors(mongo, relay), new RegisterEventsOut(outbox),
                properties.firstUpdateId(), properties.pageSize());
    }

    @Bean
    FeedPoller feedPoller(ReadingTheFeed feed, Leases leases) {
        return new FeedPoller(feed, leases);
    }

    @Bean
    OutboxSource enhetsregisteretFeedOutbox() {
        return new OutboxSource("enhetsregisteret_feed");
    }
}
