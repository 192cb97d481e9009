package no.hmskort.order.uploads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upload settings ({@code hmskort.uploads}).
 *
 * @param maxBytes the largest photo or ID copy accepted
 * @param minWidth the narrowest photo accepted, in pixels
 * @param minHeight the lowest photo accepted, in pixels
 * @param maxMegapixels the most pixels (width times height, in millions) an image may have to be decoded at
 *     all: read from its header first, it guards against decompression bombs
 * @param linkLifetime how long a card holder's upload link works
 */
@ConfigurationProperties("hmskort.uploads")
public record UploadProperties(long maxBytes, int minWidth, int minHeight, int maxMegapixels, Duration linkLifetime) {
}
