package no.hmskort.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.TokenRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * ID-porten and Maskinporten for the local stack and the tests: one NAV mock-oauth2-server in this JVM serving
 * both issuers by path ({@code /idporten}, {@code /maskinporten}), each issuing real RS256-signed tokens from
 * its own keys, published at its own JWKS endpoint like the real issuers'. This class is ID-porten, people's
 * logins; {@link #maskinporten()} is the machine clients' issuer on the same server.
 *
 * <p>The token endpoints take form parameters so a person can get a token with curl: at
 * {@code /idporten/token}, {@code pid} (and optionally {@code acr}) for a person's login; at
 * {@code /maskinporten/token}, {@code scope} (and optionally {@code consumer_orgno}) for a machine client.
 *
 * <p>It listens on loopback only (the local stack, the tests), unless {@value #BIND_ADDRESS_VARIABLE} names
 * another address: docker-compose's {@code outside} container sets it to {@code 0.0.0.0} so the services'
 * containers and the host (through the published port) can reach it.
 */
public final class MockIdPorten implements AutoCloseable {

    public static final String ISSUER_ID = "idporten";
    public static final String AUDIENCE = "hmskort";
    public static final String HIGH = "idporten-loa-high";
    public static final String SUBSTANTIAL = "idporten-loa-substantial";
    /** The environment variable naming the address to listen on (e.g. {@code 0.0.0.0}); unset: loopback. */
    public static final String BIND_ADDRESS_VARIABLE = "HMSKORT_MOCK_IDPORTEN_BIND_ADDRESS";

    private final MockOAuth2Server server;
    private final KeyProvider keys;
    private final boolean allInterfaces;
    private final MockMaskinporten maskinporten;

    private MockIdPorten(MockOAuth2Server server, KeyProvider keys, boolean allInterfaces) {
        this.server = server;
        this.keys = keys;
        this.allInterfaces = allInterfaces;
        this.maskinporten = new MockMaskinporten(server, this::visible);
    }

    /**
     * Starts on {@code port} (0: any free port), on loopback unless {@value #BIND_ADDRESS_VARIABLE} says
     * otherwise.
     */
    public static MockIdPorten start(int port) {
        return start(bindAddress(System.getenv(BIND_ADDRESS_VARIABLE)), port);
    }

    /** Starts on {@code address} and {@code port} (0: any free port). */
    public static MockIdPorten start(InetAddress address, int port) {
        KeyProvider keys = new KeyProvider();
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(false, null, null, false,
                new OAuth2TokenProvider(keys),
                Set.of(new FormParameterLogin(), new MockMaskinporten.FormParameterLogin())));
        server.start(address, port);
        return new MockIdPorten(server, keys, address.isAnyLocalAddress());
    }

    /** The address to listen on: the given one, or localhost (the server's own default) when none is given. */
    static InetAddress bindAddress(String configured) {
        String address = configured == null || configured.isBlank() ? "localhost" : configured.strip();
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(BIND_ADDRESS_VARIABLE + ": no address " + configured, e);
        }
    }

    /**
     * The issuer as a client on this machine reaches it. Listening on all interfaces, the server would name
     * itself by the wildcard address; its clients (the host, through the published port) use localhost.
     */
    public String issuerUri() {
        return visible(server.issuerUrl(ISSUER_ID));
    }

    public String jwksUri() {
        return visible(server.jwksUrl(ISSUER_ID));
    }

    public String tokenEndpoint() {
        return visible(server.tokenEndpointUrl(ISSUER_ID));
    }

    private String visible(okhttp3.HttpUrl url) {
        return (allInterfaces ? url.newBuilder().host("localhost").build() : url).toString();
    }

    /** Maskinporten, the machine clients' issuer, on the same server. */
    public MockMaskinporten maskinporten() {
        return maskinporten;
    }

    /** A person's ID-porten login at the given level of assurance. */
    public String personToken(String pid, String acr) {
        return token(ISSUER_ID, AUDIENCE, Map.of("pid", pid, "acr", acr, "client_id", "hmskort-portal"),
                Duration.ofHours(1));
    }

    /**
     * Any token: another issuer id (each signs with its own key: {@value MockMaskinporten#ISSUER_ID} is
     * Maskinporten, any other an issuer nobody trusts), audience, claims or lifetime (negative: already expired).
     */
    public String token(String issuerId, String audience, Map<String, Object> claims, Duration lifetime) {
        String subject = UUID.randomUUID().toString();
        return server.issueToken(issuerId, "hmskort-test", new DefaultOAuth2TokenCallback(issuerId, subject, "JWT",
                List.of(audience), claims, lifetime.toSeconds())).serialize();
    }

    /**
     * A token with exactly these claims and no others (no {@code exp} unless given), signed with the issuer's
     * real key: for proving that a validator refuses what a careless issuer could sign.
     */
    public String signedWithExactly(Map<String, Object> claims) {
        try {
            RSAKey key = (RSAKey) keys.signingKey(ISSUER_ID);
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** Turns a login's form parameters into a person's claims: {@code pid} and {@code acr}. */
    static final class FormParameterLogin implements OAuth2TokenCallback {

        @Override
        public String issuerId() {
            return ISSUER_ID;
        }

        @Override
        public String subject(TokenRequest request) {
            return UUID.randomUUID().toString();
        }

        @Override
        public String typeHeader(TokenRequest request) {
            return "JWT";
        }

        @Override
        public List<String> audience(TokenRequest request) {
            String audience = parameter(request, "audience");
            return List.of(audience != null ? audience : AUDIENCE);
        }

        @Override
        public Map<String, Object> addClaims(TokenRequest request) {
            Map<String, Object> claims = new HashMap<>();
            claims.put("client_id", clientId(request));
            String pid = parameter(request, "pid");
            if (pid != null) {
                claims.put("pid", pid);
                String acr = parameter(request, "acr");
                claims.put("acr", acr != null ? acr : HIGH);
            }
            return claims;
        }

        @Override
        public long tokenExpiry() {
            return 3600;
        }

        static String clientId(TokenRequest request) {
            return request.getClientAuthentication() != null
                    ? request.getClientAuthentication().getClientID().getValue()
                    : request.getClientID() != null ? request.getClientID().getValue() : "anonymous";
        }

        static String parameter(TokenRequest request, String name) {
            List<String> values = request.getCustomParameters().get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
