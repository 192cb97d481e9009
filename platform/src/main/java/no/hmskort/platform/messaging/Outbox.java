package no.hmskort.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topic;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Makes outbox messages: an event, enveloped and encoded now, with the current trace context, ready to
 * be added to the outbox list of the document that changes.
 */
public class Outbox {

    private final EventCodec codec;
    private final Clock clock;
    private final Tracer tracer;
    private final Propagator propagator;

    public Outbox(EventCodec codec, Clock clock, Tracer tracer, Propagator propagator) {
        this.codec = codec;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public <E extends Event> OutboxMessage message(Topic<? super E> topic, E event) {
        return message(topic, event, null);
    }

    /**
     * The event in the trace {@code traceparent} (kept from the change that began a thing's journey, such as the
     * order line a card is made for) rather than the current one, so that a journey that waits in between (for
     * the printer, for the next dispatch) stays one trace; the current trace when null.
     */
    public <E extends Event> OutboxMessage message(Topic<? super E> topic, E event, String traceparent) {
        EventEnvelope<E> envelope = codec.envelope(topic, event, clock.instant());
        return new OutboxMessage(envelope.id().toString(), topic.name(), envelope.type(), envelope.subject(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), envelope.time(),
                traceparent != null ? traceparent : traceparent());
    }

    /** The current trace as a W3C traceparent, to keep with what a later event should continue; null when none. */
    public String traceparent() {
        if (tracer == null || propagator == null || tracer.currentTraceContext().context() == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(tracer.currentTraceContext().context(), carrier, Map::put);
        return carrier.get("traceparent");
    }
}
