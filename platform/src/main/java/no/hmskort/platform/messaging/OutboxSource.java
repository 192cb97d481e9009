package no.hmskort.platform.messaging;

/**
 * A MongoDB collection whose documents carry an {@code outbox} list of {@link OutboxMessage}s. Each
 * service declares one bean per such collection; the relay drains them all.
 */
public record OutboxSource(String collection) {
}
