package no.hmskort.cardstatus.cards.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Against enumeration of card numbers: each caller (client address) may make
 * {@code hmskort.public-check.requests-per-second} public checks a second; beyond that, 429 with
 * {@code Retry-After}. A gate with a client token uses the chip lookup, which is not limited here.
 *
 * <p>Only where this instance is the only one: with replicas the limit is enforced in one place in front of
 * them (the local cluster's front door, the deployment's ingress), since a limit per replica would let a
 * caller have it once per replica, and behind a proxy every request comes from the proxy's address
 * ({@code hmskort.public-check.rate-limit.enabled=false}; ADR 0030).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hmskort.public-check.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class PublicCheckRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private static final int MAX_TRACKED_CALLERS = 100_000;

    private final RateLimiterConfig config;
    private final CheckCounts counts;
    /** One limiter per caller, the least recently seen dropped beyond {@value #MAX_TRACKED_CALLERS}. */
    private final Cache<String, RateLimiter> limiters;

    /**
     * @param period the window the allowance refreshes in: one second in service; a test stretches it so
     *     that whether a flood is refused does not depend on how fast the machine sends it
     */
    PublicCheckRateLimit(@Value("${hmskort.public-check.requests-per-second}") int perSecond,
            @Value("${hmskort.public-check.period:PT1S}") Duration period, CheckCounts counts) {
        this.counts = counts;
        this.config = RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        this.limiters = Caffeine.newBuilder().maximumSize(MAX_TRACKED_CALLERS)
                .expireAfterAccess(period.multipliedBy(60)).build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/public/**");
    }

    /** Whether the caller may make one more check now (taking it from its allowance if so). */
    boolean allows(HttpServletRequest request) {
        return limiters.get(request.getRemoteAddr(), caller -> RateLimiter.of(caller, config)).acquirePermission();
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (allows(request)) {
            return true;
        }
        counts.count(CheckCounts.Kind.PUBLIC, CheckCounts.Outcome.REFUSED);
        ProblemType type = ProblemType.TOO_MANY_REQUESTS;
        response.setStatus(type.status().value());
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                + "\",\"status\":429,\"detail\":\"Too many card checks from this address; try again in a second\"}")
                .getBytes(StandardCharsets.UTF_8));
        return false;
    }
}
