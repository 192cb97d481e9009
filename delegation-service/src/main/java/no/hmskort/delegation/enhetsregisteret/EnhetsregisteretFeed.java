package no.hmskort.delegation.enhetsregisteret;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Enhetsregisteret's public update feed ({@code /enhetsregisteret/api/oppdateringer/enheter} and
 * {@code .../underenheter}), fetches each changed unit, and publishes {@link UnitChanged} (and, for main
 * units, the VAT registration the unit shows) through the outbox. Every call is retried with back-off; a
 * circuit breaker stops calling a register that keeps failing and tries again after a pause.
 *
 * <p>Formal roles with personal numbers are not in the open data; they arrive from the restricted roles
 * service behind the same {@code RolesChanged} contract.
 */
public class EnhetsregisteretFeed {

    private static final Logger log = LoggerFactory.getLogger(EnhetsregisteretFeed.class);

    private final FeedSettings settings;
    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;
    private final CircuitBreaker breaker;

    public EnhetsregisteretFeed(FeedSettings settings, MongoTemplate mongo, Outbox outbox, OutboxRelay relay) {
        this.settings = settings;
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
        this.http = RestClient.builder().baseUrl(settings.baseUrl())
                .requestFactory(requestFactory(settings.timeout()))
                .defaultHeader("Accept", "application/json").build();
        this.retry = Retry.of("enhetsregisteret", RetryConfig.custom().maxAttempts(3)
                .waitDuration(Duration.ofMillis(200))
                .retryOnException(e -> !(e instanceof HttpClientErrorException)).build());
        this.breaker = CircuitBreaker.of("enhetsregisteret", CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .ignoreExceptions(HttpClientErrorException.class).build());
    }

    private static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(timeout).build());
        factory.setReadTimeout(timeout);
        return factory;
    }

    public CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    /** Reads one page of each feed; returns how many updates were taken in. */
    public int poll() {
        int taken = 0;
        for (UpdateKind kind : UpdateKind.values()) {
            taken += pollPage(kind);
        }
        return taken;
    }

    private int pollPage(UpdateKind kind) {
        FeedCursor cursor = mongo.findById(kind.name(), FeedCursor.class);
        if (cursor == null) {
            cursor = new FeedCursor();
            cursor.kind = kind.name();
            cursor.nextUpdateId = settings.firstUpdateId();
        }
        long from = cursor.nextUpdateId;
        JsonNode page = call(() -> http.get().uri("/enhetsregisteret/api/oppdateringer/{kind}?oppdateringsid={from}&size={size}",
                kind.path, from, settings.pageSize()).retrieve().body(String.class));
        List<OutboxMessage> events = new ArrayList<>();
        long next = from;
        for (JsonNode update : page.path("_embedded").path(kind.embedded)) {
            OrganisationNumber orgnr = OrganisationNumber.of(update.path("organisasjonsnummer").asString());
            Instant asOf = Instant.parse(update.path("dato").asString());
            for (var event : unitEvents(kind, orgnr, asOf, update.path("endringstype").asString(""))) {
                events.add(event);
            }
            next = Math.max(next, update.path("oppdateringsid").asLong() + 1);
        }
        if (next == from) {
            return 0;
        }
        cursor.nextUpdateId = next;
        cursor.outbox.addAll(events);
        mongo.save(cursor);
        relay.nudge("enhetsregisteret_feed", cursor.kind);
        return (int) (next - from);
    }

    private List<OutboxMessage> unitEvents(UpdateKind kind, OrganisationNumber orgnr, Instant asOf, String change) {
        if ("Sletting".equals(change) || "Fjernet".equals(change)) {
            return List.of(outbox.message(Topics.ENHETSREGISTERET, BrregUnitMapping.deleted(orgnr, null, asOf)));
        }
        JsonNode unit;
        try {
            unit = call(() -> http.get().uri("/enhetsregisteret/api/{kind}/{orgnr}", kind.path, orgnr.value())
                    .retrieve().body(String.class));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.GONE)) {
                return List.of(outbox.message(Topics.ENHETSREGISTERET,
                        BrregUnitMapping.deleted(orgnr, json.readTree(e.getResponseBodyAsString()), asOf)));
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                log.warn("Enhetsregisteret has no unit {} announced in its feed; skipped", orgnr);
                return List.of();
            }
            throw e;
        }
        List<OutboxMessage> events = new ArrayList<>();
        events.add(outbox.message(Topics.ENHETSREGISTERET, BrregUnitMapping.unit(unit, asOf)));
        VatRegisterEvent.VatRegistrationChanged vat = BrregUnitMapping.vat(unit, asOf);
        if (kind == UpdateKind.MAIN_UNITS && vat != null) {
            events.add(outbox.message(Topics.VAT_REGISTER, vat));
        }
        return events;
    }

    private JsonNode call(Supplier<String> request) {
        String body = CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, request)).get();
        return json.readTree(body);
    }
}
