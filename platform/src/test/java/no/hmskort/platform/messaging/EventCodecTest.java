package no.hmskort.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec("test-service");

    @Test
    void an_event_survives_the_round_trip_as_cloudevents_json() {
        RolesChanged roles = new RolesChanged(OrganisationNumber.of("315114306"),
                List.of(new RolesChanged.Role("DAGL", PersonId.of("15858010060"), "Dina")), Instant.parse("2026-01-01T10:00:00Z"));
        EventEnvelope<RolesChanged> envelope = codec.envelope(Topics.ENHETSREGISTERET, roles, Instant.parse("2026-01-02T00:00:00Z"));

        byte[] bytes = codec.encode(envelope);
        EventEnvelope<EnhetsregisteretEvent> decoded = codec.decode(Topics.ENHETSREGISTERET, bytes);

        assertThat(decoded.data()).isEqualTo(roles);
        assertThat(decoded.id()).isEqualTo(envelope.id());
        assertThat(decoded.type()).isEqualTo("RolesChanged.v1");
        assertThat(decoded.subject()).isEqualTo("315114306");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"specversion\":\"1.0\"", "\"source\":\"test-service\"");
    }

    @Test
    void unknown_fields_are_ignored_so_producers_can_add_fields() {
        String json = """
                {"specversion":"1.0","id":"7d9f1d2e-4a7b-4c1e-9d55-0f3b1f2a9c01","type":"RolesChanged.v1","source":"x",
                 "time":"2026-01-01T00:00:00Z","subject":"315114306","newAttribute":1,
                 "data":{"orgnr":"315114306","roles":[],"asOf":"2026-01-01T00:00:00Z","addedLater":"yes"}}
                """;
        assertThat(codec.decode(Topics.ENHETSREGISTERET, json.getBytes()).data().orgnr().value()).isEqualTo("315114306");
    }

    @Test
    void a_type_of_another_topic_or_an_invalid_identifier_is_poison_and_names_no_personal_data() {
        String otherTopic = """
                {"specversion":"1.0","id":"7d9f1d2e-4a7b-4c1e-9d55-0f3b1f2a9c01","type":"InvoiceIssued.v1","source":"x",
                 "time":"2026-01-01T00:00:00Z","subject":"1","data":{}}
                """;
        assertThatThrownBy(() -> codec.decode(Topics.ENHETSREGISTERET, otherTopic.getBytes()))
                .isInstanceOf(PoisonMessageException.class).hasMessageContaining("InvoiceIssued.v1");
        String badPerson = """
                {"specversion":"1.0","id":"7d9f1d2e-4a7b-4c1e-9d55-0f3b1f2a9c01","type":"RolesChanged.v1","source":"x",
                 "time":"2026-01-01T00:00:00Z","subject":"315114306",
                 "data":{"orgnr":"315114306","roles":[{"code":"DAGL","person":"15858010061","name":"X"}],"asOf":"2026-01-01T00:00:00Z"}}
                """;
        assertThatThrownBy(() -> codec.decode(Topics.ENHETSREGISTERET, badPerson.getBytes()))
                .isInstanceOf(PoisonMessageException.class)
                .hasMessageContaining("personal number")
                .hasMessageNotContaining("15858010061");
    }
}
