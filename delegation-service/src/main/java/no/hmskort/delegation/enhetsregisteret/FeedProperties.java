package no.hmskort.delegation.enhetsregisteret;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Enhetsregisteret update feed adapter (off by default; the local stack uses the register simulator).
 *
 * @param baseUrl e.g. {@code https://data.brreg.no}
 * @param firstUpdateId where to start when no cursor is stored yet
 * @param pageSize updates fetched per poll and kind (main units, sub-units)
 */
@ConfigurationProperties("hmskort.enhetsregisteret.feed")
public record FeedProperties(boolean enabled, String baseUrl, long firstUpdateId, int pageSize, Duration pollInterval,
        Duration timeout) {
}
