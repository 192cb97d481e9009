package no.hmskort.order.uploads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upload settings ({@code hmskort.uploads}).
 *
 * @param maxBytes the largest photo or ID copy accepted
 * @param minWidth the narrowest photo accepted, in pixels
 * @param minHeight the lowest photo accepted, in pixels
 * @param maxPixels the largest width or height decoded (guards against decompression bombs)
 * @param linkLifetime how long a card holder's upload link works
 */
@ConfigurationProperties("hmskort.uploads")
public record UploadProperties(long maxBytes, int minWidth, int minHeight, int maxPixels, Duration linkLifetime) {
}
