package no.hmskort.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the platform opens on each port, proven on this service: the service port answers the two probes and
 * nothing else of actuator's; metrics, health details and info are on the management port only; readiness
 * waits for the database and the Kafka binder.
 */
@SpringBootTest(classes = DelegationServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + DelegationServiceApplication.CONFIG_NAME)
class ServicePortsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void the_service_port_answers_liveness_and_readiness_with_a_bare_status_and_nothing_else_of_actuator() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String probe : new String[] {"/livez", "/readyz"}) {
            String body = client(port).get().uri(probe).exchange().expectStatus().isOk()
                    .returnResult(String.class).getResponseBody();
            assertThat(body).isEqualTo("{\"status\":\"UP\"}");
        }
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info",
            "/actuator/health/readiness", "/actuator"}) {
            assertThat(client(port).get().uri(path).exchange().returnResult(String.class).getStatus().value())
                    .as(path).isIn(401, 404);
        }
    }

    @Test
    void metrics_health_details_and_info_are_on_the_management_port() {
        client(managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("hmskort_outbox_published_total"));
        client(managementPort).get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.binders.status").isEqualTo("UP");
        client(managementPort).get().uri("/actuator/info").exchange().expectStatus().isOk();
    }

    @Test
    void readiness_includes_the_database_and_the_kafka_binder_and_liveness_only_the_process() {
        assertThat(healthGroups.get("readiness").isMember("mongo")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("binders")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("mongo")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("livenessState")).isTrue();
    }

    private static RestTestClient client(int port) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
