package no.hmskort.platform.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.OrganisationNumber;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Maskinporten's tokens: a machine client (a gate system, the printer partner, an operator tool) of an
 * organisation. Signed by Maskinporten's keys, its issuer, its own audience, an expiry that has not passed, a
 * {@code scope}, and the organisation in {@code consumer}
 * ({@code {"authority":"iso6523-actorid-upis","ID":"0192:<orgnr>"}}). A token that names a person
 * ({@code pid}) is refused: people come through ID-porten.
 */
final class MaskinportenTokens {

    static final String ORGANISATION_NUMBERS = "iso6523-actorid-upis";
    /** ISO 6523's code for Enhetsregisteret's organisation numbers. */
    static final String ENHETSREGISTERET = "0192:";

    private MaskinportenTokens() {
    }

    static AuthenticationManager authentication(SecurityProperties.Maskinporten maskinporten) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(maskinporten.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                TokenChecks.expiry(),
                JwtValidators.createDefaultWithIssuer(maskinporten.issuerUri()),
                TokenChecks.audience(maskinporten.audience()),
                clientClaims())));
        return new ProviderManager(new JwtAuthenticationProvider(new VerifiedTokens(decoder, Clock.systemUTC())));
    }

    static OAuth2TokenValidator<Jwt> clientClaims() {
        return jwt -> {
            if (jwt.hasClaim("pid")) {
                return TokenChecks.failure("a Maskinporten token names no person");
            }
            if (scopes(jwt).isEmpty()) {
                return TokenChecks.failure("a Maskinporten token must carry a scope");
            }
            if (organisation(jwt).isEmpty()) {
                return TokenChecks.failure("a Maskinporten token must name its organisation (consumer)");
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    /** The caller of a token this class has checked. */
    static Caller caller(Jwt jwt) {
        return Caller.client(jwt.getClaimAsString("client_id"), organisation(jwt).orElseThrow(), scopes(jwt));
    }

    private static Set<String> scopes(Jwt jwt) {
        String scope = jwt.getClaimAsString("scope");
        return scope == null ? Set.of()
                : Arrays.stream(scope.split(" ")).filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<OrganisationNumber> organisation(Jwt jwt) {
        if (!(jwt.getClaims().get("consumer") instanceof Map<?, ?> consumer)
                || !ORGANISATION_NUMBERS.equals(consumer.get("authority"))
                || !(consumer.get("ID") instanceof String id) || !id.startsWith(ENHETSREGISTERET)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationNumber.of(id.substring(ENHETSREGISTERET.length())));
        } catch (InvalidIdentifierException e) {
            return Optional.empty();
        }
    }
}
