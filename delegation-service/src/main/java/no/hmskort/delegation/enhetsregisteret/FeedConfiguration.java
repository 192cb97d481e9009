package no.hmskort.delegation.enhetsregisteret;

import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import no.hmskort.platform.jobs.Leases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the feed adapter when {@code hmskort.enhetsregisteret.feed.enabled} is true. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedSettings.class)
@ConditionalOnProperty(prefix = "hmskort.enhetsregisteret.feed", name = "enabled", havingValue = "true")
class FeedConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FeedConfiguration.class);

    @Bean
    EnhetsregisteretFeed enhetsregisteretFeed(FeedSettings settings, MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        return new EnhetsregisteretFeed(settings, mongo, outbox, relay);
    }

    @Bean
    OutboxSource enhetsregisteretFeedOutbox() {
        return new OutboxSource("enhetsregisteret_feed");
    }

    @Bean
    FeedPoller feedPoller(EnhetsregisteretFeed feed, Leases leases) {
        return new FeedPoller(feed, leases);
    }

    /**
     * Polls on a fixed delay, on one replica at a time (two would read the same pages and race for the cursor);
     * a failed poll is logged and tried again next time (the cursor did not move).
     */
    static final class FeedPoller {

        private final EnhetsregisteretFeed feed;
        private final Leases leases;

        FeedPoller(EnhetsregisteretFeed feed, Leases leases) {
            this.feed = feed;
            this.leases = leases;
        }

        @Scheduled(fixedDelayString = "${hmskort.enhetsregisteret.feed.poll-interval}",
                initialDelayString = "${hmskort.enhetsregisteret.feed.poll-interval}")
        public boolean poll() {
            return leases.runExclusively("enhetsregisteret-feed", java.time.Duration.ofMinutes(5), lease -> {
                try {
                    int taken = feed.poll();
                    if (taken > 0) {
                        log.info("Took in {} Enhetsregisteret updates", taken);
                    }
                } catch (RuntimeException e) {
                    log.warn("Enhetsregisteret feed poll failed (circuit {}): {}", feed.circuit(), e.toString());
                }
            });
        }
    }
}
