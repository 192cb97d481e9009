package no.hmskort.localstack.simulators;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topic;
import no.hmskort.platform.messaging.EventCodec;
import no.hmskort.platform.messaging.EventHeaders;
import no.hmskort.platform.messaging.Outbox;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes events as an outside adapter would: straight to the topic, with the contracts' envelope. */
@Component
class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec = new EventCodec("simulators");
    private final Outbox traces;

    EventPublisher(KafkaTemplate<String, byte[]> kafka, ObjectProvider<Tracer> tracer,
            ObjectProvider<Propagator> propagator) {
        this.kafka = kafka;
        // only for the current trace: the simulators publish straight to Kafka, not through an outbox
        this.traces = new Outbox(codec, Clock.systemUTC(), tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Publishes with the headers every event carries (docs/events.md), as the real adapters do. */
    <E extends Event> void publish(Topic<? super E> topic, E event) {
        EventEnvelope<E> envelope = codec.envelope(topic, event, Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), event.partitionKey(),
                codec.encode(envelope));
        EventHeaders.add(record.headers(), envelope.id().toString(), envelope.type(), traces.traceparent());
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}
