package no.hmskort.testsupport;

import java.time.Instant;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topic;
import no.hmskort.platform.messaging.EventCodec;

/** Publishes events onto the test broker as another service (or a register adapter) would. */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec("test");

    private TestEvents() {
    }

    /** Publishes the event in a fresh envelope; returns the bytes sent, so a test can redeliver them as they were. */
    public static <E extends Event> byte[] publish(Topic<? super E> topic, E event) {
        EventEnvelope<E> envelope = CODEC.envelope(topic, event, Instant.now());
        byte[] bytes = CODEC.encode(envelope);
        KafkaProbe.send(topic.name(), event.partitionKey(), bytes);
        return bytes;
    }

    public static <E extends Event> EventEnvelope<E> decode(Topic<E> topic, byte[] bytes) {
        return CODEC.decode(topic, bytes);
    }
}
