package no.hmskort.embedded;

import com.nimbusds.oauth2.sdk.TokenRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import okhttp3.HttpUrl;

/**
 * Maskinporten for the local stack and the tests: the machine clients' issuer, served by {@link MockIdPorten}'s
 * server at {@code /maskinporten} with keys of its own. Its tokens carry what Maskinporten's do: the client's
 * {@code scope}, its {@code client_id}, and the organisation it belongs to in {@code consumer}
 * ({@code {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}}); never a person.
 */
public final class MockMaskinporten {

    public static final String ISSUER_ID = "maskinporten";
    /** The resource a client asks its token for: the services' Maskinporten audience. */
    public static final String AUDIENCE = "https://api.hmskort.no";
    /** The organisation a client belongs to unless the token request names another (a made-up number). */
    public static final String ORGANISATION = "912345688";

    private final MockOAuth2Server server;
    private final Function<HttpUrl, String> visible;

    MockMaskinporten(MockOAuth2Server server, Function<HttpUrl, String> visible) {
        this.server = server;
        this.visible = visible;
    }

    public String issuerUri() {
        return visible.apply(server.issuerUrl(ISSUER_ID));
    }

    public String jwksUri() {
        return visible.apply(server.jwksUrl(ISSUER_ID));
    }

    public String tokenEndpoint() {
        return visible.apply(server.tokenEndpointUrl(ISSUER_ID));
    }

    /** A machine client's token with scopes, for the default organisation. */
    public String clientToken(String clientId, String... scopes) {
        return token(AUDIENCE, clientClaims(clientId, ORGANISATION, String.join(" ", scopes)), Duration.ofHours(1));
    }

    /** Any token from this issuer: another audience, claims or lifetime (negative: already expired). */
    public String token(String audience, Map<String, Object> claims, Duration lifetime) {
        return server.issueToken(ISSUER_ID, "hmskort-test", new DefaultOAuth2TokenCallback(ISSUER_ID,
                UUID.randomUUID().toString(), "JWT", List.of(audience), claims, lifetime.toSeconds())).serialize();
    }

    /** The claims of a client's token: {@code client_id}, {@code scope} and {@code consumer}. */
    public static Map<String, Object> clientClaims(String clientId, String organisation, String scope) {
        return Map.of("client_id", clientId, "scope", scope, "consumer", consumer(organisation));
    }

    /** Maskinporten's {@code consumer} claim: the organisation, by its number in Enhetsregisteret (ISO 6523 0192). */
    public static Map<String, Object> consumer(String organisation) {
        return Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + organisation);
    }

    /** Turns a token request's form parameters into a client's claims: {@code scope}, {@code consumer_orgno}. */
    static final class FormParameterLogin implements OAuth2TokenCallback {

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return MockIdPorten.FormParameterLogin.clientId(request);
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            String audience = MockIdPorten.FormParameterLogin.parameter(request, "audience");
            return List.of(audience != null ? audience : AUDIENCE);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            String organisation = MockIdPorten.FormParameterLogin.parameter(request, "consumer_orgno");
            Map<String, Object> claims = new HashMap<>();
            claims.put("client_id", MockIdPorten.FormParameterLogin.clientId(request));
            claims.put("consumer", consumer(organisation != null ? organisation : ORGANISATION));
            if (request.getScope() != null) {
                claims.put("scope", request.getScope().toString());
            }
            return claims;
        }

        @Override
        public long tokenExpiry() {
            return 3600;
        }
    }
}
