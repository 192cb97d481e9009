package no.hmskort.platform.security;

import java.time.Clock;
import java.util.List;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * ID-porten's tokens: a person's login, nothing else. Signed by ID-porten's keys, its issuer, its audience,
 * an expiry that has not passed, a well-formed personal number ({@code pid}) and a level of assurance
 * ({@code acr}) of at least the minimum. A token without {@code pid} is refused: machines come through
 * Maskinporten. Whatever {@code scope} the token lists grants nothing here (no authorities, no scopes on the
 * {@link Caller}).
 */
final class IdPortenTokens {

    private IdPortenTokens() {
    }

    static AuthenticationManager authentication(SecurityProperties.IdPorten idporten) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(idporten.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                TokenChecks.expiry(),
                JwtValidators.createDefaultWithIssuer(idporten.issuerUri()),
                TokenChecks.audience(idporten.audience()),
                personClaims(idporten.minimumAcr()))));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(new VerifiedTokens(decoder, Clock.systemUTC()));
        JwtAuthenticationConverter noAuthorities = new JwtAuthenticationConverter();
        noAuthorities.setJwtGrantedAuthoritiesConverter(jwt -> List.of());
        provider.setJwtAuthenticationConverter(noAuthorities);
        return new ProviderManager(provider);
    }

    static OAuth2TokenValidator<Jwt> personClaims(String minimumAcr) {
        return jwt -> {
            String pid = jwt.getClaimAsString("pid");
            if (pid == null) {
                return TokenChecks.failure("an ID-porten token must name a person (pid)");
            }
            try {
                PersonId.of(pid);
            } catch (InvalidIdentifierException e) {
                return TokenChecks.failure("the pid claim is not a valid personal number");
            }
            if (!AssuranceLevel.atLeast(jwt.getClaimAsString("acr"), minimumAcr)) {
                return TokenChecks.failure("the login's level of assurance (acr) is below " + minimumAcr);
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    /** The caller of a token this class has checked. */
    static Caller caller(Jwt jwt) {
        return Caller.person(PersonId.of(jwt.getClaimAsString("pid")), jwt.getClaimAsString("acr"),
                jwt.getClaimAsString("client_id"));
    }
}
