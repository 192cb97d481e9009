package no.hmskort.platform.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The record headers every event carries (docs/events.md): its id and type, for routing and de-duplication
 * without decoding the payload, and the W3C trace context of the change that caused it, when there is one.
 * Written by the outbox relay and by the outside adapters' simulators alike.
 */
public final class EventHeaders {

    public static final String EVENT_ID = "hmskort-event-id";
    public static final String EVENT_TYPE = "hmskort-event-type";
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {
    }

    public static void add(Headers headers, String eventId, String type, String traceparent) {
        headers.add(EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        headers.add(EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
    }
}
