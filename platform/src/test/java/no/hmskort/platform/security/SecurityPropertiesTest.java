package no.hmskort.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The deployments' environment variables (deploy/overlays/&#42;/platform.env) bind to both issuers' settings. */
class SecurityPropertiesTest {

    private static final Path OVERLAYS = Path.of("..", "deploy", "overlays");

    @Test
    void the_production_overlay_names_both_issuers_and_their_own_audiences() throws IOException {
        SecurityProperties production = bound("production");

        assertThat(production.idporten().issuerUri()).isEqualTo("https://idporten.no");
        assertThat(production.idporten().jwkSetUri()).isEqualTo("https://idporten.no/jwks.json");
        assertThat(production.maskinporten().issuerUri()).isEqualTo("https://maskinporten.no/");
        assertThat(production.maskinporten().jwkSetUri()).isEqualTo("https://maskinporten.no/jwk");
        assertThat(production.idporten().audience()).isNotBlank()
                .isNotEqualTo(production.maskinporten().audience());
        assertThat(production.maskinporten().audience()).isNotBlank();
        assertThat(production.acceptSyntheticPersonIds()).isFalse();
    }

    @Test
    void the_local_overlay_points_both_issuers_at_the_mock() throws IOException {
        SecurityProperties local = bound("local");

        assertThat(local.idporten().issuerUri()).isEqualTo("http://localhost:8099/idporten");
        assertThat(local.idporten().jwkSetUri()).isEqualTo("http://outside:8099/idporten/jwks");
        assertThat(local.maskinporten().issuerUri()).isEqualTo("http://localhost:8099/maskinporten");
        assertThat(local.maskinporten().jwkSetUri()).isEqualTo("http://outside:8099/maskinporten/jwks");
        assertThat(local.acceptSyntheticPersonIds()).isTrue();
    }

    private static SecurityProperties bound(String overlay) throws IOException {
        Map<String, Object> environment = new HashMap<>();
        for (String line : Files.readAllLines(OVERLAYS.resolve(overlay).resolve("platform.env"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                environment.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        MutablePropertySources sources = new MutablePropertySources();
        // bound as the process environment is (Spring's name for it chooses the relaxed mapping of _ names)
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
        return new Binder(ConfigurationPropertySources.from(sources)).bind("hmskort.security", SecurityProperties.class)
                .get();
    }
}
