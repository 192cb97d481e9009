package no.hmskort.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The caller a request's bearer token names, authenticated exactly as the security chain authenticates it (the
 * same issuer resolver, decoders, validators and verified-token memory), for a shortcut that answers before the
 * chain: card-status's gate lookup. It never refuses anything itself: no token, or one the issuers refuse, is
 * simply no caller, and the shortcut then hands the request to the chain, which answers the refusal.
 */
public final class BearerCallers {

    private final AuthenticationManagerResolver<HttpServletRequest> managers;
    private final TrustedIssuers issuers;
    private final BearerTokenResolver tokens = new DefaultBearerTokenResolver();

    BearerCallers(TrustedIssuers issuers) {
        this.issuers = issuers;
        this.managers = issuers.resolver();
    }

    public Optional<Caller> of(HttpServletRequest request) {
        try {
            String token = tokens.resolve(request);
            if (token == null) {
                return Optional.empty();
            }
            AuthenticationManager manager = managers.resolve(request);
            Authentication authenticated = manager.authenticate(new BearerTokenAuthenticationToken(token));
            return authenticated instanceof JwtAuthenticationToken jwt && authenticated.isAuthenticated()
                    ? Optional.of(issuers.callerOf(jwt.getToken())) : Optional.empty();
        } catch (AuthenticationException | IllegalArgumentException refused) {
            return Optional.empty();
        }
    }
}
