package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.hmskort.localstack.LocalStack.App;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its agreement with the services is checked
 * instead: every service is there, on the port its own configuration names, pointed at the compose
 * Kafka, MongoDB and ID-porten, with the same pseudonym secret as the register simulator, with a readiness
 * health check on the service port's /readyz, built from a jar the build produces.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void every_service_in_compose_matches_its_own_configuration() throws IOException {
        Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("kafka", "mongo", "outside");
        for (App app : App.values()) {
            if (app == App.SIMULATORS) {
                continue;
            }
            Map<String, Object> service = (Map<String, Object>) services.get(app.title);
            assertThat(service).as(app.title).isNotNull();
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            int port = ownPort(app);
            assertThat(String.valueOf(environment.get("SERVER_PORT"))).as(app.title).isEqualTo(String.valueOf(port));
            assertThat((Iterable<Object>) service.get("ports")).as(app.title).contains(port + ":" + port);
            assertThat(environment).as(app.title)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo:27017")
                    .containsKeys("HMSKORT_SECURITY_ISSUER_URI", "HMSKORT_SECURITY_JWK_SET_URI");
            assertThat(String.valueOf(((Map<String, Object>) service.get("healthcheck")).get("test")))
                    .contains("/readyz");
            assertThat(environment.get("HMSKORT_PRIVACY_PSEUDONYM_SECRET")).as(app.title + ": the shared pseudonym secret")
                    .isNotNull().isEqualTo(((Map<String, Object>) ((Map<String, Object>) services.get("outside"))
                            .get("environment")).get("HMSKORT_PRIVACY_PSEUDONYM_SECRET"));
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(app.title);
            assertThat(ROOT.resolve(app.title).resolve("target").resolve(app.title + "-0.1.0-SNAPSHOT-exec.jar"))
                    .as("the jar the Dockerfile copies").exists();
        }
    }

    private static int ownPort(App app) throws IOException {
        Map<String, Object> config = load(ROOT.resolve(app.title).resolve("src/main/resources/" + app.title + ".yml"));
        Object port = config.containsKey("server.port") ? config.get("server.port")
                : ((Map<?, ?>) config.get("server")).get("port");
        return (Integer) port;
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }
}
