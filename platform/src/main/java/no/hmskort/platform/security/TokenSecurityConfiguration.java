package no.hmskort.platform.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.server.PathContainer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is an OAuth2 resource server trusting two issuers, each with its own keys, audience and
 * claims, chosen by the token's {@code iss} ({@link TrustedIssuers}): ID-porten for a person's login (a
 * well-formed {@code pid} and an {@code acr} of at least the minimum), Maskinporten for a machine client (a
 * {@code scope}, its organisation in {@code consumer}, no {@code pid}). Every token must carry an expiry that
 * has not passed. Public paths (the card check, the probes, API docs) need no token. Actuator's other
 * endpoints are on the management port.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenSecurityConfiguration {

    /** Open on the service port: the public check, the two probes, and the API documents. */
    static final String[] PUBLIC_PATHS = {"/api/public/**", "/livez", "/readyz", "/v3/api-docs/**", "/v3/api-docs",
        "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /** Whether a request to the path (a mapping's pattern, {@code /api/orders/{id}}, will do) must carry a token. */
    public static boolean needsToken(String path) {
        PathContainer requested = PathContainer.parsePath(path);
        return Stream.of(PUBLIC_PATHS)
                .noneMatch(open -> PathPatternParser.defaultInstance.parse(open).matches(requested));
    }

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
    TrustedIssuers trustedIssuers(SecurityProperties properties) {
        return new TrustedIssuers(properties);
    }

    /** For a shortcut ahead of the chain (card-status's gate lookup): the same authentication, no refusals. */
    @Bean
    BearerCallers bearerCallers(TrustedIssuers issuers) {
        return new BearerCallers(issuers);
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, TrustedIssuers issuers) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(issuers.resolver())
                        .authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses.unauthenticated())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    /** Controllers take the {@link Caller} of the request as a parameter. */
    @Bean
    WebMvcConfigurer callerArgument(TrustedIssuers issuers) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerResolver(issuers));
            }
        };
    }

    /** Gives controllers the {@link Caller} of the current request, as the token's issuer says. */
    static final class CallerResolver implements HandlerMethodArgumentResolver {

        private final TrustedIssuers issuers;

        CallerResolver(TrustedIssuers issuers) {
            this.issuers = issuers;
        }

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
            return issuers.callerOf(token.getToken());
        }
    }
}
