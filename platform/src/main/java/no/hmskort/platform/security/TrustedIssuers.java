package no.hmskort.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * The two authorization servers every service trusts, a fixed map from a token's {@code iss} to that issuer's
 * own checks (ADR 0035): ID-porten for people ({@link IdPortenTokens}), Maskinporten for machine clients
 * ({@link MaskinportenTokens}). A token naming any other issuer is refused before any key is fetched, with the
 * same 401 as every other bad token.
 */
final class TrustedIssuers {

    private record Issuer(AuthenticationManager authentication, Function<Jwt, Caller> caller) {
    }

    private final Map<String, Issuer> byIssuer;

    TrustedIssuers(SecurityProperties properties) {
        String idporten = Objects.requireNonNull(properties.idporten().issuerUri(),
                "hmskort.security.idporten.issuer-uri");
        String maskinporten = Objects.requireNonNull(properties.maskinporten().issuerUri(),
                "hmskort.security.maskinporten.issuer-uri");
        if (idporten.equals(maskinporten)) {
            throw new IllegalStateException("ID-porten and Maskinporten must be different issuers, both are " + idporten);
        }
        byIssuer = Map.of(
                idporten, new Issuer(IdPortenTokens.authentication(properties.idporten()), IdPortenTokens::caller),
                maskinporten, new Issuer(MaskinportenTokens.authentication(properties.maskinporten()),
                        MaskinportenTokens::caller));
    }

    /** Chooses the authentication by the token's issuer; an unknown issuer gets none, which is a 401. */
    AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(issuer -> {
            Issuer trusted = byIssuer.get(issuer);
            return trusted == null ? null : trusted.authentication();
        });
    }

    /** The caller of an authenticated token, as its issuer says: a person or a machine client. */
    Caller callerOf(Jwt jwt) {
        Issuer issuer = byIssuer.get(jwt.getClaimAsString(JwtClaimNames.ISS));
        if (issuer == null) {
            throw new IllegalStateException("a token from an issuer not trusted got past authentication");
        }
        return issuer.caller().apply(jwt);
    }
}
