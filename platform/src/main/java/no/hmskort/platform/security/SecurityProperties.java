package no.hmskort.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked. Two authorization servers are trusted, each for its own kind of caller and with its
 * own audience: ID-porten ({@code https://idporten.no}) logs people in, Maskinporten
 * ({@code https://maskinporten.no/}) machine clients. Locally and in tests, NAV's mock-oauth2-server plays both
 * ({@code /idporten} and {@code /maskinporten} on port 8099).
 *
 * @param idporten people: {@code hmskort.security.idporten.*}
 * @param maskinporten machine clients: {@code hmskort.security.maskinporten.*}
 * @param acceptSyntheticPersonIds whether test-data personal numbers (month + 40 / + 80) are accepted
 */
@ConfigurationProperties("hmskort.security")
public record SecurityProperties(IdPorten idporten, Maskinporten maskinporten, boolean acceptSyntheticPersonIds) {

    /**
     * ID-porten: a person's login.
     *
     * @param issuerUri the {@code iss} of its tokens, exactly
     * @param jwkSetUri where its signing keys are (fetched on first use, cached)
     * @param audience the {@code aud} its tokens must include
     * @param minimumAcr the lowest level of assurance accepted at all (an action may ask for more)
     */
    public record IdPorten(String issuerUri, String jwkSetUri, String audience, String minimumAcr) {
    }

    /**
     * Maskinporten: a machine client of an organisation, with scopes.
     *
     * @param issuerUri the {@code iss} of its tokens, exactly (the real one ends with a slash)
     * @param jwkSetUri where its signing keys are (fetched on first use, cached)
     * @param audience the {@code aud} its tokens must include: the resource the client asked a token for
     */
    public record Maskinporten(String issuerUri, String jwkSetUri, String audience) {
    }
}
