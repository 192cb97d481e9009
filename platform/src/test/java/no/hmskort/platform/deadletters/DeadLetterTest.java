package no.hmskort.platform.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final String DLT = "hmskort.register.enhetsregisteret.v1.delegation-service.dlt";

    @Test
    void shows_where_it_came_from_and_why_and_the_cloud_event_attributes_but_never_the_data() {
        DeadLetter letter = aDeadLetter("{\"specversion\":\"1.0\",\"id\":\"e-1\",\"type\":\"Odd.v1\","
                + "\"data\":{\"person\":\"15858010060\"}}", "type 'Odd.v1' is not carried by the topic");

        assertThat(letter.id()).isEqualTo(new DeadLetterId(DLT, 1, 7));
        assertThat(letter.originalTopic()).contains("hmskort.register.enhetsregisteret.v1");
        assertThat(letter.originalPartition()).contains(2);
        assertThat(letter.originalOffset()).contains(41L);
        assertThat(letter.key()).isEqualTo("315114306");
        assertThat(letter.cloudEvent()).contains(new DeadLetter.CloudEventAttributes("Odd.v1", "e-1"));
        assertThat(letter.reason()).isEqualTo("type 'Odd.v1' is not carried by the topic");
    }

    @Test
    void a_value_that_is_no_json_object_has_no_event_attributes() {
        assertThat(aDeadLetter("{not json", "not JSON").cloudEvent()).isEmpty();
        assertThat(aDeadLetter("[1,2]", "not JSON").cloudEvent()).isEmpty();
    }

    @Test
    void a_long_reason_is_cut_short_and_a_personal_number_in_it_is_masked() {
        String reason = aDeadLetter("{}", "no grant for 15858010060 " + "x".repeat(1000)).reason();
        assertThat(reason).hasSize(DeadLetter.REASON_LENGTH + 1).endsWith("…").contains("158580*****")
                .doesNotContain("15858010060");
    }

    @Test
    void replays_with_the_headers_it_had_before_the_binder_added_its_own() {
        List<String> names = new ArrayList<>();
        for (Header header : aDeadLetter("{}", "boom").originalHeaders()) {
            names.add(header.key());
        }
        assertThat(names).containsExactly("hmskort-event-id", "hmskort-event-type", "traceparent");
    }

    private static DeadLetter aDeadLetter(String value, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("hmskort-event-id", bytes("e-1"));
        headers.add("hmskort-event-type", bytes("Odd.v1"));
        headers.add("traceparent", bytes("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));
        headers.add("x-original-topic", bytes("hmskort.register.enhetsregisteret.v1"));
        headers.add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(2).array());
        headers.add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(41).array());
        headers.add("x-original-timestamp", ByteBuffer.allocate(Long.BYTES).putLong(1_700_000_000_000L).array());
        headers.add("x-exception-message", bytes(reason));
        headers.add("x-exception-fqcn", bytes("no.hmskort.platform.messaging.PoisonMessageException"));
        headers.add("x-exception-stacktrace", bytes("at ..."));
        return new DeadLetter(new ConsumerRecord<>(DLT, 1, 7, 1_700_000_001_000L, TimestampType.CREATE_TIME, 9,
                value.length(), bytes("315114306"), bytes(value), headers, Optional.empty()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
