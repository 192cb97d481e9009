package no.hmskort.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A token verified once is not verified again while it lives; one that has expired, one the issuer's decoder
 * refuses, and one that differs by a byte all go to the decoder.
 */
class VerifiedTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T07:00:00Z"));
    private final List<String> verified = new ArrayList<>();
    private final JwtDecoder issuer = token -> {
        verified.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("signature does not match");
        }
        Instant issued = clock.instant();
        return new Jwt(token, issued, issued.plus(Duration.ofMinutes(2)), Map.of("alg", "RS256"), Map.of("sub", "gate"));
    };
    private final VerifiedTokens tokens = new VerifiedTokens(issuer, clock);

    @Test
    void a_token_is_verified_once_while_it_lives() {
        Jwt first = tokens.decode("gate-token");
        assertThat(tokens.decode("gate-token")).isSameAs(first);
        assertThat(tokens.decode("gate-token-2").getTokenValue()).isEqualTo("gate-token-2");
        assertThat(verified).containsExactly("gate-token", "gate-token-2");
    }

    @Test
    void an_expired_token_goes_to_the_decoder_again() {
        tokens.decode("gate-token");
        clock.advance(Duration.ofMinutes(2));
        tokens.decode("gate-token");
        assertThat(verified).containsExactly("gate-token", "gate-token");
    }

    @Test
    void a_refused_token_is_refused_every_time_and_never_remembered() {
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-token")).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("forged-token", "forged-token");
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
