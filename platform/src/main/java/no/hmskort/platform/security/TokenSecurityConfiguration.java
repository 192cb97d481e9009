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
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server: a token must be signed by the issuer's keys, name the
 * configured issuer and audience, be unexpired, and, when it is a person's (it has {@code pid}), carry
 * a well-formed personal number and at least the minimum {@code acr}. Public paths (the card check,
 * health, API docs) need no token.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenSecurityConfiguration implements WebMvcConfigurer {

    static final String[] PUBLIC_PATHS = {"/api/public/**", "/actuator/health/**", "/actuator/health",
        "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
        "/swagger-ui.html", "/error"};

    @Bean
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

    static OAuth2TokenValidator<Jwt> personClaims(String minimumAcr) {
        return jwt -> {
            String pid = jwt.getClaimAsString("pid");
            if (pid == null) {
                return OAuth2TokenValidatorResult.success();
            }
            try {
                PersonId.of(pid);
            } catch (InvalidIdentifierException e) {
                return failure("the pid claim is not a valid personal number");
            }
            return AssuranceLevel.atLeast(jwt.getClaimAsString("acr"), minimumAcr)
                    ? OAuth2TokenValidatorResult.success()
                    : failure("the login's level of assurance (acr) is below " + minimumAcr);
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
