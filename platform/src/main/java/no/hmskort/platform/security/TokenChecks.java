package no.hmskort.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The checks both issuers' tokens get beside signature and issuer. */
final class TokenChecks {

    private TokenChecks() {
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

    /** The reason is for the log at most: the 401 says the same for every refusal (ProblemResponses). */
    static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
