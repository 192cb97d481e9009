package no.hmskort.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked. In production the issuer is ID-porten ({@code https://idporten.no}); locally
 * and in tests, NAV's mock-oauth2-server plays it.
 *
 * @param issuerUri the {@code iss} every token must carry
 * @param jwkSetUri where the issuer's signing keys are (fetched on first use, cached)
 * @param audience the {@code aud} every token must include
 * @param minimumAcr the lowest ID-porten level of assurance accepted for a person's token
 * @param acceptSyntheticPersonIds whether test-data personal numbers (month + 40 / + 80) are accepted
 */
@ConfigurationProperties("hmskort.security")
public record SecurityProperties(String issuerUri, String jwkSetUri, String audience, String minimumAcr,
        boolean acceptSyntheticPersonIds) {
}
