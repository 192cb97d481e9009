package no.hmskort.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import no.hmskort.contracts.events.Event;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topic;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events to and from CloudEvents structured JSON. Unknown fields are ignored, so a producer may add
 * fields without breaking consumers; an unknown type or a payload that does not fit is a
 * {@link PoisonMessageException}.
 */
public class EventCodec {

    private static final String SPEC_VERSION = "1.0";

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private final String source;

    public EventCodec(String source) {
        this.source = source;
    }

    public <E extends Event> EventEnvelope<E> envelope(Topic<? super E> topic, E event, Instant time) {
        return new EventEnvelope<>(UUID.randomUUID(), topic.typeOf(event.getClass()), source, time,
                event.partitionKey(), event);
    }

    public byte[] encode(EventEnvelope<?> envelope) {
        ObjectNode node = json.createObjectNode();
        node.put("specversion", SPEC_VERSION);
        node.put("id", envelope.id().toString());
        node.put("type", envelope.type());
        node.put("source", envelope.source());
        node.put("time", envelope.time().toString());
        node.put("subject", envelope.subject());
        node.put("datacontenttype", "application/json");
        node.set("data", json.valueToTree(envelope.data()));
        return json.writeValueAsBytes(node);
    }

    public <E extends Event> EventEnvelope<E> decode(Topic<E> topic, byte[] payload) {
        JsonNode node;
        try {
            node = json.readTree(payload);
        } catch (JacksonException e) {
            throw new PoisonMessageException("not JSON: " + e.getOriginalMessage());
        }
        String type = text(node, "type");
        Class<? extends E> eventClass = topic.classOf(type);
        if (eventClass == null) {
            throw new PoisonMessageException("type '" + type + "' is not carried by " + topic.name());
        }
        try {
            E data = json.treeToValue(node.required("data"), eventClass);
            return new EventEnvelope<>(UUID.fromString(text(node, "id")), type, text(node, "source"),
                    Instant.parse(text(node, "time")), text(node, "subject"), data);
        } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException e) {
            // The message names the field and the rule, never the value (which may be personal data).
            throw new PoisonMessageException(type + " does not fit its contract: " + safeReason(e));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new PoisonMessageException("missing CloudEvents attribute '" + field + "'");
        }
        return value.asString();
    }

    private static String safeReason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof no.hmskort.contracts.ids.InvalidIdentifierException invalid) {
            return invalid.getMessage();
        }
        if (e instanceof JacksonException jackson) {
            return jackson.getOriginalMessage().replaceAll("\\d{6,}", "<digits>");
        }
        return cause.getClass().getSimpleName();
    }
}
