package no.hmskort.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers each token its issuer's decoder verified, until the token expires: a gate or a portal sends the same
 * token with every request for its whole life, and the signature check (RSA) was most of a gate lookup's cost.
 * Only the very bytes that were verified are remembered, and a remembered token is given only while it has not
 * expired; anything else goes to the decoder, and a token it refuses is never remembered. At most
 * {@link #CAPACITY} tokens, the least used forgotten first.
 */
final class VerifiedTokens implements JwtDecoder {

    static final int CAPACITY = 10_000;
    /** However long a token claims to live, it is verified again after this. */
    static final Duration AT_MOST = Duration.ofMinutes(10);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(CAPACITY).expireAfter(new UntilExpiry(clock)).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && known.getExpiresAt().isAfter(clock.instant())) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Kept until the token's expiry, and never longer than {@link #AT_MOST}. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
            Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
            return Math.max(0, Math.min(left.toNanos(), AT_MOST.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
            return expireAfterCreate(token, jwt, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
