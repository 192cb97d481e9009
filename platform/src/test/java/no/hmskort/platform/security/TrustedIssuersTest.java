package no.hmskort.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.embedded.MockMaskinporten;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Each issuer's own checks, on real tokens signed by the mock's two issuers (each with its own keys): ID-porten
 * passes people only, Maskinporten machine clients of an organisation only, each with its own audience, and a
 * token is what its issuer says, whatever else it claims.
 */
class TrustedIssuersTest {

    private static final String PERSON = "15858010060";
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static MockIdPorten idPorten;
    private static MockMaskinporten maskinporten;
    private static TrustedIssuers issuers;

    @BeforeAll
    static void start() {
        idPorten = MockIdPorten.start(0);
        maskinporten = idPorten.maskinporten();
        issuers = new TrustedIssuers(properties(idPorten.issuerUri(), maskinporten.issuerUri()));
    }

    @AfterAll
    static void stop() {
        idPorten.close();
    }

    @Test
    void a_persons_login_is_a_person_without_scopes_whatever_scopes_the_token_lists() {
        Caller caller = callerOf(idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                Map.of("pid", PERSON, "acr", MockIdPorten.HIGH, "scope", "openid " + Caller.OPERATOR_SCOPE),
                FIVE_MINUTES));

        assertThat(caller.requirePerson()).isEqualTo(PersonId.of(PERSON));
        assertThat(caller.acr()).isEqualTo(MockIdPorten.HIGH);
        assertThat(caller.scopes()).isEmpty();
        assertThat(caller.hasScope(Caller.OPERATOR_SCOPE)).isFalse();
        assertThat(caller.clientOrganisation()).isEmpty();
    }

    @Test
    void a_maskinporten_client_has_its_scopes_and_its_organisation_and_is_no_person() {
        Caller caller = callerOf(maskinporten.clientToken("gate-7", Caller.GATE_SCOPE, Caller.OPERATOR_SCOPE));

        assertThat(caller.isPerson()).isFalse();
        assertThat(caller.clientId()).isEqualTo("gate-7");
        assertThat(caller.scopes()).containsExactlyInAnyOrder(Caller.GATE_SCOPE, Caller.OPERATOR_SCOPE);
        assertThat(caller.hasScope(Caller.GATE_SCOPE)).isTrue();
        assertThat(caller.clientOrganisation()).contains(OrganisationNumber.of(MockMaskinporten.ORGANISATION));
    }

    @Test
    void each_issuer_refuses_what_belongs_to_the_other_and_a_third_issuer_is_refused_outright() {
        Map<String, Object> person = Map.of("pid", PERSON, "acr", MockIdPorten.HIGH);
        Map<String, Object> client = MockMaskinporten.clientClaims("gate-7", MockMaskinporten.ORGANISATION,
                Caller.GATE_SCOPE);
        Map<String, String> refused = Map.of(
                "a person through Maskinporten", maskinporten.token(MockMaskinporten.AUDIENCE, with(client, person),
                        FIVE_MINUTES),
                "a machine client through ID-porten", idPorten.token(MockIdPorten.ISSUER_ID, MockIdPorten.AUDIENCE,
                        client, FIVE_MINUTES),
                "ID-porten's login for Maskinporten's audience", idPorten.token(MockIdPorten.ISSUER_ID,
                        MockMaskinporten.AUDIENCE, person, FIVE_MINUTES),
                "Maskinporten's client for ID-porten's audience", maskinporten.token(MockIdPorten.AUDIENCE, client,
                        FIVE_MINUTES),
                "a client from a third issuer", idPorten.token("another-authorization-server",
                        MockMaskinporten.AUDIENCE, client, FIVE_MINUTES),
                "a person from a third issuer", idPorten.token("another-authorization-server", MockIdPorten.AUDIENCE,
                        person, FIVE_MINUTES),
                "Maskinporten's issuer signed with ID-porten's key", signedByIdPorten(with(client,
                        Map.of("iss", maskinporten.issuerUri(), "aud", MockMaskinporten.AUDIENCE, "exp", inFiveMinutes()))),
                "an expired client token", maskinporten.token(MockMaskinporten.AUDIENCE, client, Duration.ofMinutes(-10)),
                "a login that never expires", signedByIdPorten(Map.of("iss", idPorten.issuerUri(),
                        "aud", MockIdPorten.AUDIENCE, "pid", PERSON, "acr", MockIdPorten.HIGH)));

        refused.forEach((what, token) -> assertThatThrownBy(() -> authenticate(token)).as(what)
                .isInstanceOf(AuthenticationException.class));
    }

    @Test
    void a_maskinporten_token_needs_a_scope_and_an_organisation_by_its_number_in_enhetsregisteret() {
        Map<String, String> refused = Map.of(
                "no scope", clientToken(Map.of("client_id", "gate-7", "consumer",
                        MockMaskinporten.consumer(MockMaskinporten.ORGANISATION))),
                "a blank scope", clientToken(Map.of("client_id", "gate-7", "scope", " ", "consumer",
                        MockMaskinporten.consumer(MockMaskinporten.ORGANISATION))),
                "no consumer", clientToken(Map.of("client_id", "gate-7", "scope", Caller.GATE_SCOPE)),
                "an organisation number whose check digit is wrong", clientToken(MockMaskinporten.clientClaims(
                        "gate-7", "912345687", Caller.GATE_SCOPE)),
                "another identifier scheme", clientToken(Map.of("client_id", "gate-7", "scope", Caller.GATE_SCOPE,
                        "consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0088:" + MockMaskinporten
                                .ORGANISATION))),
                "the consumer as a bare string", clientToken(Map.of("client_id", "gate-7", "scope", Caller.GATE_SCOPE,
                        "consumer", "0192:" + MockMaskinporten.ORGANISATION)));

        refused.forEach((what, token) -> assertThatThrownBy(() -> authenticate(token)).as(what)
                .isInstanceOf(AuthenticationException.class));
        assertThat(callerOf(clientToken(MockMaskinporten.clientClaims("printer", "889640782", Caller.PRINTER_SCOPE)))
                .clientOrganisation()).contains(OrganisationNumber.of("889640782"));
    }

    @Test
    void an_idporten_token_needs_a_well_formed_personal_number_and_the_minimum_level_of_assurance() {
        Map<String, Map<String, Object>> refused = Map.of(
                "no pid", Map.of("acr", MockIdPorten.HIGH),
                "a pid that is no personal number", Map.of("pid", "15858010061", "acr", MockIdPorten.HIGH),
                "no acr", Map.of("pid", PERSON),
                "a level below the minimum", Map.of("pid", PERSON, "acr", "idporten-loa-low"));

        refused.forEach((what, claims) -> assertThatThrownBy(() -> authenticate(idPorten.token(MockIdPorten.ISSUER_ID,
                MockIdPorten.AUDIENCE, claims, FIVE_MINUTES))).as(what).isInstanceOf(AuthenticationException.class));
        assertThat(callerOf(idPorten.personToken(PERSON, MockIdPorten.SUBSTANTIAL)).acr())
                .isEqualTo(MockIdPorten.SUBSTANTIAL);
    }

    @Test
    void the_two_issuers_must_be_two() {
        assertThatThrownBy(() -> new TrustedIssuers(properties(idPorten.issuerUri(), idPorten.issuerUri())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("different issuers");
    }

    private static SecurityProperties properties(String idportenIssuer, String maskinportenIssuer) {
        return new SecurityProperties(
                new SecurityProperties.IdPorten(idportenIssuer, idPorten.jwksUri(), MockIdPorten.AUDIENCE,
                        AssuranceLevel.SUBSTANTIAL),
                new SecurityProperties.Maskinporten(maskinportenIssuer, maskinporten.jwksUri(), MockMaskinporten.AUDIENCE),
                false);
    }

    private static JwtAuthenticationToken authenticate(String token) {
        return (JwtAuthenticationToken) issuers.resolver().resolve(new MockHttpServletRequest())
                .authenticate(new BearerTokenAuthenticationToken(token));
    }

    private static Caller callerOf(String token) {
        return issuers.callerOf(authenticate(token).getToken());
    }

    private static String clientToken(Map<String, Object> claims) {
        return maskinporten.token(MockMaskinporten.AUDIENCE, claims, FIVE_MINUTES);
    }

    /** Signed with ID-porten's real key, with these claims and the time it was issued: no expiry unless given. */
    private static String signedByIdPorten(Map<String, Object> claims) {
        long now = Instant.now().getEpochSecond();
        return idPorten.signedWithExactly(with(Map.of("iat", now, "nbf", now), claims));
    }

    private static long inFiveMinutes() {
        return Instant.now().plus(FIVE_MINUTES).getEpochSecond();
    }

    private static Map<String, Object> with(Map<String, Object> claims, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(claims);
        all.putAll(more);
        return all;
    }
}
