package no.hmskort.contracts.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event on the wire, following CloudEvents 1.0 (structured JSON mode): {@code id} is unique per event
 * and is what consumers de-duplicate on; {@code type} is the versioned wire type
 * ({@code OrderLineApproved.v1}); {@code source} the service that decided it; {@code time} when it
 * happened; {@code subject} the partition key.
 */
public record EventEnvelope<E extends Event>(UUID id, String type, String source, Instant time, String subject, E data) {
}
