package no.hmskort.localstack.simulators;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.Topic;
import no.hmskort.platform.messaging.EventCodec;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes events as an outside adapter would: straight to the topic, with the contracts' envelope. */
@Component
class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec = new EventCodec("simulators");

    EventPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    <E extends Event> void publish(Topic<? super E> topic, E event) {
        try {
            kafka.send(topic.name(), event.partitionKey(), codec.encode(codec.envelope(topic, event, Instant.now())))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }
}
