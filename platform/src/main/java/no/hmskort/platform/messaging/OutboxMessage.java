package no.hmskort.platform.messaging;

import java.time.Instant;

/**
 * An event waiting in the outbox of the document whose change implied it. It is written in the same
 * single-document save as that change, so the change and the event stand or fall together; the
 * {@link OutboxRelay} publishes it and then removes it.
 *
 * @param payload the CloudEvents JSON, as it will go on the wire
 * @param traceparent the W3C trace context of the request or message that caused the change
 */
public record OutboxMessage(String eventId, String topic, String type, String key, String payload, Instant createdAt,
        String traceparent) {
}
