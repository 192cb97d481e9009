package no.hmskort.delegation.enhetsregisteret.web;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.enhetsregisteret.application.RegisterFeed;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitUpdate;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enhetsregisteret's open API over HTTP ({@code /enhetsregisteret/api/oppdateringer/enheter} and
 * {@code .../underenheter}, then each changed unit). Every call is retried with back-off; a circuit breaker
 * stops calling a register that keeps failing and tries again after a pause. A 4xx answer is the register's
 * word on the unit, not a failure: it is neither retried nor counted against the register.
 */
public class BrregRegister implements RegisterFeed {

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;
    private final CircuitBreaker breaker;

    /**
     * The retry and the circuit breaker come from the service's registries, which publish them to Micrometer
     * ({@code resilience4j.retry.calls}, {@code resilience4j.circuitbreaker.state} and the rest, tagged
     * {@code name=enhetsregisteret}).
     */
    public BrregRegister(String baseUrl, Duration timeout, RetryRegistry retries, CircuitBreakerRegistry breakers) {
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory(timeout))
                .defaultHeader("Accept", "application/json").build();
        this.retry = retries.retry("enhetsregisteret", RetryConfig.custom().maxAttempts(3)
                .waitDuration(Duration.ofMillis(200))
                .retryOnException(e -> !(e instanceof HttpClientErrorException)).build());
        this.breaker = breakers.circuitBreaker("enhetsregisteret", CircuitBreakerConfig.custom()
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

    @Override
    public List<UnitUpdate> updates(UpdateKind kind, long from, int size) {
        JsonNode page = call(() -> http.get().uri("/enhetsregisteret/api/oppdateringer/{kind}?oppdateringsid={from}&size={size}",
                path(kind), from, size).retrieve().body(String.class));
        List<UnitUpdate> updates = new ArrayList<>();
        page.path("_embedded").path(embedded(kind)).forEach(update -> updates.add(BrregUnitMapping.update(update)));
        return updates;
    }

    @Override
    public Optional<RegisterUnit> unit(UpdateKind kind, OrganisationNumber orgnr, Instant asOf) {
        try {
            return Optional.of(BrregUnitMapping.unit(call(() -> http.get().uri("/enhetsregisteret/api/{kind}/{orgnr}",
                    path(kind), orgnr.value()).retrieve().body(String.class)), asOf));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.GONE)) {
                return Optional.of(BrregUnitMapping.deleted(orgnr, json.readTree(e.getResponseBodyAsString()), asOf));
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String path(UpdateKind kind) {
        return switch (kind) {
            case MAIN_UNITS -> "enheter";
            case SUB_UNITS -> "underenheter";
        };
    }

    private static String embedded(UpdateKind kind) {
        return switch (kind) {
            case MAIN_UNITS -> "oppdaterteEnheter";
            case SUB_UNITS -> "oppdaterteUnderenheter";
        };
    }

    private JsonNode call(Supplier<String> request) {
        String body = CircuitBreaker.decorateSupplier(breaker, Retry.decorateSupplier(retry, request)).get();
        return json.readTree(body);
    }
}
