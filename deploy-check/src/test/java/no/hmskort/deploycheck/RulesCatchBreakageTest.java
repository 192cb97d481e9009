package no.hmskort.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserBuilder;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule and the strict reader, shown failing: on copies of rendered objects broken in memory, and on small
 * YAML documents with a mistake in them. Nothing on disk is changed.
 */
class RulesCatchBreakageTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: order-service
            spec:
              selector:
                matchLabels: {app: order-service}
              template:
                metadata:
                  labels: {app: order-service}
                spec:
                  containers:
                    - name: order-service
                      image: hmskort/order-service
                      livenessProbe:
                        httpGet: {path: /livez, port: http}
                        periodSecond: 10
            """;

    private static final String TOPIC = """
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: hmskort.order.lines.v1
            spec:
              partitions: 6
              replica: 3
            """;

    @Test
    void the_reader_refuses_a_misspelt_field_deep_inside_a_deployment() {
        assertThatThrownBy(() -> StrictObjects.read(DEPLOYMENT)).hasMessageContaining("periodSecond");
        assertThat(StrictObjects.read(DEPLOYMENT.replace("periodSecond:", "periodSeconds:"))).hasSize(1);
    }

    @Test
    void the_reader_refuses_a_strimzi_resource_with_a_field_its_schema_lacks() {
        assertThatThrownBy(() -> StrictObjects.read(TOPIC)).hasMessageContaining("replica");
        assertThat(StrictObjects.read(TOPIC.replace("replica:", "replicas:"))).hasSize(1);
    }

    @Test
    void the_reader_refuses_a_wrong_type_and_a_kind_it_has_no_schema_for() {
        assertThatThrownBy(() -> StrictObjects.read(TOPIC.replace("partitions: 6", "partitions: many")))
                .hasMessageContaining("partitions");
        assertThatThrownBy(() -> StrictObjects.read(TOPIC.replace("v1beta2", "v1alpha1")))
                .hasMessageContaining("no schema for kafka.strimzi.io/v1alpha1 KafkaTopic");
    }

    @Test
    void a_deployment_without_probes_limits_or_non_root_is_reported() {
        Deployment deployment = renderedOrderService();
        assertThat(Rules.probes(List.of(deployment))).isEmpty();
        assertThat(Rules.pods(List.of(deployment))).isEmpty();

        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        container.setLivenessProbe(null);
        container.getResources().getLimits().remove("memory");
        container.getSecurityContext().setRunAsNonRoot(false);
        container.getSecurityContext().getCapabilities().setDrop(List.of());
        deployment.getSpec().getTemplate().getSpec().getVolumes().removeIf(v -> v.getName().equals("tmp"));

        assertThat(Rules.probes(List.of(deployment)))
                .containsExactly("Deployment order-service container order-service: no liveness probe");
        assertThat(Rules.pods(List.of(deployment))).containsExactlyInAnyOrder(
                "Deployment order-service container order-service: no memory limit",
                "Deployment order-service container order-service: runAsNonRoot is not true",
                "Deployment order-service container order-service: capabilities ALL are not dropped",
                "Deployment order-service container order-service: no emptyDir at /tmp for a read-only root filesystem");
    }

    @Test
    void a_deployment_probing_the_management_port_or_the_wrong_database_is_reported() {
        Deployment deployment = renderedOrderService();
        ServiceConfig config = ServiceConfig.of("order-service");
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        container.getReadinessProbe().getHttpGet().setPort(new IntOrString("management"));
        container.getEnv().stream().filter(e -> e.getName().equals("SPRING_MONGODB_URI")).findFirst().orElseThrow()
                .setValue("mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@$(MONGODB_HOSTS)/billing?authSource=billing&");
        assertThat(Rules.serviceDeployment(config, deployment, Rendered.overlay("local")
                .find(ConfigMap.class, "order-service-config")))
                .hasSize(2)
                .anyMatch(v -> v.contains("readiness: probes /readyz on management"))
                .anyMatch(v -> v.contains("does not name the database order"));
    }

    @Test
    void a_topic_with_one_replica_or_a_missing_topic_is_reported() {
        KafkaTopic orders = StrictObjects.read(TOPIC.replace("replica:", "replicas:")).stream()
                .map(KafkaTopic.class::cast).findFirst().orElseThrow();
        assertThat(Rules.topics(List.of("hmskort.order.lines.v1", "hmskort.not.there.v1"), List.of(orders)))
                .containsExactlyInAnyOrder(
                        "KafkaTopic hmskort.order.lines.v1: min.insync.replicas null, not 2",
                        "no KafkaTopic for hmskort.not.there.v1");
        orders.getSpec().setReplicas(1);
        orders.getSpec().setConfig(java.util.Map.of("min.insync.replicas", 2));
        assertThat(Rules.topics(List.of(), List.of(orders)))
                .containsExactly("KafkaTopic hmskort.order.lines.v1: replicas 1, not 3");
    }

    @Test
    void a_service_user_reading_a_topic_it_does_not_consume_or_missing_a_dead_letter_grant_is_reported() {
        KafkaUser user = new KafkaUserBuilder(Rendered.overlay("local").find(KafkaUser.class, "billing-service")
                .orElseThrow()).build();
        ServiceConfig billing = ServiceConfig.of("billing-service");
        assertThat(Rules.serviceUser(billing, java.util.Optional.of(user))).isEmpty();

        KafkaUser printer = Rendered.overlay("local").find(KafkaUser.class, "printer-partner").orElseThrow();
        var acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
        acls.addAll(((KafkaUserAuthorizationSimple) printer.getSpec().getAuthorization()).getAcls());
        acls.removeIf(acl -> acl.getResource() instanceof AclRuleTopicResource topic && topic.getName().endsWith(".dlt"));
        assertThat(Rules.serviceUser(billing, java.util.Optional.of(user)))
                .anyMatch(v -> v.contains("reads [") && v.contains("hmskort.production.print-jobs.v1"))
                .anyMatch(v -> v.contains("may not write its dead-letter topic"));
    }

    @Test
    void a_secret_or_a_literal_credential_in_production_is_reported() {
        List<HasMetadata> objects = new ArrayList<>(Rendered.overlay("production").objects());
        Deployment deployment = renderedOrderService();
        deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()
                .add(new EnvVar("KAFKA_PASSWORD", "hunter2", null));
        deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnv()
                .add(new EnvVar("SPRING_DATA_URI", "mongodb://order:hunter2@mongodb-0.mongodb/order", null));
        objects.add(deployment);
        objects.add(new SecretBuilder().withNewMetadata().withName("order-service-mongodb").endMetadata()
                .addToStringData("password", "hunter2").build());
        assertThat(Rules.noCommittedSecrets(objects, "no secret names here")).contains(
                "Secret order-service-mongodb is rendered: production Secrets come from outside",
                "Deployment order-service: KAFKA_PASSWORD has a literal value",
                "Deployment order-service: SPRING_DATA_URI has a literal password in it",
                "Secret hmskort-pseudonym is needed but not listed in docs/deployment.md");
    }

    /** A copy of the rendered order-service Deployment (builders copy deeply): changing it changes nothing shared. */
    private static Deployment renderedOrderService() {
        return new DeploymentBuilder(Rendered.overlay("local").find(Deployment.class, "order-service").orElseThrow())
                .build();
    }
}
