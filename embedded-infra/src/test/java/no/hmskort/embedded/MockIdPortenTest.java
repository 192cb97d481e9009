package no.hmskort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one mock server is two issuers, as the README's curl commands use them: ID-porten's token endpoint logs
 * a person in, Maskinporten's gives a machine client a token for its organisation, each signed with its own key.
 */
class MockIdPortenTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static MockIdPorten idPorten;

    @BeforeAll
    static void start() {
        idPorten = MockIdPorten.start(0);
    }

    @AfterAll
    static void stop() {
        idPorten.close();
    }

    @Test
    void idportens_token_endpoint_logs_a_person_in() throws Exception {
        SignedJWT token = tokenFrom(idPorten.tokenEndpoint(), "pid=15858010060&acr=idporten-loa-substantial");

        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(idPorten.issuerUri());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(MockIdPorten.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getClaims()).containsEntry("pid", "15858010060")
                .containsEntry("acr", MockIdPorten.SUBSTANTIAL).doesNotContainKeys("scope", "consumer");
        assertThat(signedBy(token, idPorten.jwksUri())).isTrue();
    }

    @Test
    void maskinportens_token_endpoint_gives_a_client_its_scopes_and_organisation_and_never_a_person() throws Exception {
        MockMaskinporten maskinporten = idPorten.maskinporten();
        SignedJWT token = tokenFrom(maskinporten.tokenEndpoint(),
                "scope=hmskort:gate&consumer_orgno=889640782&pid=15858010060");

        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(maskinporten.issuerUri())
                .isNotEqualTo(idPorten.issuerUri());
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(MockMaskinporten.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getClaims()).containsEntry("scope", "hmskort:gate")
                .containsEntry("client_id", "gate-7").containsEntry("consumer", MockMaskinporten.consumer("889640782"))
                .doesNotContainKeys("pid", "acr");
        assertThat(signedBy(token, maskinporten.jwksUri())).isTrue();
        assertThat(signedBy(token, idPorten.jwksUri())).as("ID-porten's keys are not Maskinporten's").isFalse();

        SignedJWT minted = SignedJWT.parse(maskinporten.clientToken("operator-tool", "hmskort:operator"));
        assertThat(minted.getJWTClaimsSet().getClaims()).containsEntry("consumer",
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + MockMaskinporten.ORGANISATION));
    }

    private static SignedJWT tokenFrom(String endpoint, String parameters) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=gate-7&client_secret=x&"
                        + parameters)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        return SignedJWT.parse(token.group(1));
    }

    private static boolean signedBy(SignedJWT token, String jwks) throws Exception {
        JWKSet keys = JWKSet.load(URI.create(jwks).toURL());
        var key = keys.getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key.toRSAKey()));
    }
}
