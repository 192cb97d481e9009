package no.hmskort.platform.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: a token must be signed by the issuer's keys, name the
 * configured issuer and audience, carry an expiry that has not passed, and, when it is a person's (it
 * has {@code pid}), carry a well-formed personal number; any token that states a level of assurance
 * ({@code acr}) must state at least the minimum, and a person's token must state one. Public paths (the
 * card check, the probes, API docs) need no token. Actuator's other endpoints are on the management port.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenSecurityConfiguration implements WebMvcConfigurer {

    /** Open on the service port: the public check, the two probes, and the API documents. */
    static final String[] PUBLIC_PATHS = {"/api/public/**", "/livez", "/readyz", "/v3/api-docs/**", "/v3/api-docs",
        "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /**
     * The management port (actuator: metrics, health details, info) is reached only from inside the
     * deployment's network, like the database: no token there. Only a request that arrived on that port,
     * when it is another port than the service's, matches; the service port never gets here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementPort(HttpSecurity http, Environment environment) throws Exception {
        RequestMatcher onManagementPort = request -> {
            Integer management = environment.getProperty("local.management.port", Integer.class);
            Integer service = environment.getProperty("local.server.port", Integer.class);
            return management != null && !management.equals(service) && request.getLocalPort() == management;
        };
        return http.securityMatcher(onManagementPort)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder))
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                expiry(),
                JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                audience(properties.audience()),
                personClaims(properties.minimumAcr()))));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : failure("the token is not for audience " + audience);
    }

    /** The default timestamp check passes a token without {@code exp}: such a token would never expire. */
    static OAuth2TokenValidator<Jwt> expiry() {
        return jwt -> jwt.getExpiresAt() != null ? OAuth2TokenValidatorResult.success()
                : failure("the token has no expiry");
    }

    static OAuth2TokenValidator<Jwt> personClaims(String minimumAcr) {
        return jwt -> {
            String pid = jwt.getClaimAsString("pid");
            String acr = jwt.getClaimAsString("acr");
            if (pid != null) {
                try {
                    PersonId.of(pid);
                } catch (InvalidIdentifierException e) {
                    return failure("the pid claim is not a valid personal number");
                }
            }
            if ((pid != null || acr != null) && !AssuranceLevel.atLeast(acr, minimumAcr)) {
                return failure("the login's level of assurance (acr) is below " + minimumAcr);
            }
            return OAuth2TokenValidatorResult.success();
        };
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerResolver());
    }

    /** Gives controllers the {@link Caller} of the current request. */
    static final class CallerResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == Caller.class;
        }

        @Override
        public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                NativeWebRequest request, WebDataBinderFactory binders) {
            if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
                throw new IllegalStateException("no token on a path that requires one");
            }
            return callerOf(token.getToken());
        }
    }

    public static Caller callerOf(Jwt jwt) {
        String pid = jwt.getClaimAsString("pid");
        String scope = jwt.getClaimAsString("scope");
        Set<String> scopes = scope == null ? Set.of()
                : Set.of(scope.split(" ")).stream().filter(s -> !s.isBlank()).collect(Collectors.toUnmodifiableSet());
        return new Caller(Optional.ofNullable(pid).map(PersonId::of), jwt.getClaimAsString("acr"),
                jwt.getClaimAsString("client_id"), scopes);
    }
}
