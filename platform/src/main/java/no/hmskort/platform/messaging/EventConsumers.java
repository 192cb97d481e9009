package no.hmskort.platform.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topic;
import org.springframework.messaging.Message;

/**
 * Turns a handler of typed events into the Spring Cloud Stream consumer that a binding calls. The
 * binding itself (topic, group, dead-letter topic, retries) comes from one line of configuration:
 * {@code hmskort.consumers.<beanName>=<topic>} (see {@link PlatformEnvironment}).
 *
 * <p>A message that does not decode is poison: it goes to the dead-letter topic without retries. A
 * handler's other exceptions are retried a few times, then dead-lettered with their message.
 */
public class EventConsumers {

    private final EventCodec codec;

    public EventConsumers(EventCodec codec) {
        this.codec = codec;
    }

    public <E extends Event> Consumer<Message<byte[]>> of(Topic<E> topic, Consumer<EventEnvelope<E>> handler) {
        return message -> handler.accept(codec.decode(topic, message.getPayload()));
    }
}
