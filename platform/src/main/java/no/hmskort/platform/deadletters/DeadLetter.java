package no.hmskort.platform.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import no.hmskort.platform.logging.PersonalData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record on a dead-letter topic, as the Kafka binder wrote it: the original key, value and headers, plus
 * the headers the binder added ({@code x-original-*}, {@code x-exception-*}). What an operator may see of it
 * leaves the value out: it may hold personal data.
 */
public record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    /** Longest reason shown; the binder's exception message may be long, the stack trace is never shown. */
    static final int REASON_LENGTH = 300;
    private static final String BINDER_PREFIX_ORIGINAL = "x-original-";
    private static final String BINDER_PREFIX_EXCEPTION = "x-exception-";
    private static final String SPRING_KAFKA_DLT_PREFIX = "kafka_dlt-";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public DeadLetterId id() {
        return new DeadLetterId(record.topic(), record.partition(), record.offset());
    }

    /** The topic the record was first published to, as the binder recorded it. */
    public Optional<String> originalTopic() {
        return text("x-original-topic");
    }

    public Optional<Integer> originalPartition() {
        return number("x-original-partition").map(Long::intValue);
    }

    public Optional<Long> originalOffset() {
        return number("x-original-offset");
    }

    /** The record's key as text, any personal number in it masked (keys never should carry one). */
    public String key() {
        return record.key() == null ? null : PersonalData.mask(new String(record.key(), StandardCharsets.UTF_8));
    }

    /** Why it was dead-lettered: the exception message, masked and cut short. */
    public String reason() {
        String message = text("x-exception-message").map(PersonalData::mask).orElse(null);
        return message == null || message.length() <= REASON_LENGTH ? message
                : message.substring(0, REASON_LENGTH) + "…";
    }

    /** When the binder wrote it to the dead-letter topic. */
    public Instant deadLetteredAt() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /** The CloudEvents {@code type} and {@code id} when the value is a CloudEvents JSON object; never the data. */
    public Optional<CloudEventAttributes> cloudEvent() {
        if (record.value() == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(record.value());
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            String type = stringField(node, "type");
            String id = stringField(node, "id");
            return type == null && id == null ? Optional.empty() : Optional.of(new CloudEventAttributes(type, id));
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    public record CloudEventAttributes(String type, String id) {
    }

    /** The headers the record had before it was dead-lettered: the binder's own are left out. */
    public Headers originalHeaders() {
        RecordHeaders original = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!isDeadLetterHeader(header.key())) {
                original.add(header.key(), header.value());
            }
        }
        return original;
    }

    static boolean isDeadLetterHeader(String name) {
        return name.startsWith(BINDER_PREFIX_ORIGINAL) || name.startsWith(BINDER_PREFIX_EXCEPTION)
                || name.startsWith(SPRING_KAFKA_DLT_PREFIX);
    }

    private static String stringField(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? PersonalData.mask(value.asString()) : null;
    }

    private Optional<String> text(String header) {
        Header value = record.headers().lastHeader(header);
        return value == null || value.value() == null ? Optional.empty()
                : Optional.of(new String(value.value(), StandardCharsets.UTF_8));
    }

    /** The binder writes partitions as 4-byte and offsets as 8-byte big-endian numbers; text is read too. */
    private Optional<Long> number(String header) {
        Header value = record.headers().lastHeader(header);
        if (value == null || value.value() == null) {
            return Optional.empty();
        }
        byte[] bytes = value.value();
        if (bytes.length == Integer.BYTES) {
            return Optional.of((long) ByteBuffer.wrap(bytes).getInt());
        }
        if (bytes.length == Long.BYTES) {
            return Optional.of(ByteBuffer.wrap(bytes).getLong());
        }
        try {
            return Optional.of(Long.parseLong(new String(bytes, StandardCharsets.UTF_8).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
