package no.hmskort.deploycheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.hmskort.contracts.events.Topic;
import no.hmskort.contracts.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay in deploy/overlays, as kubectl kustomize renders it, against the schemas and the rules. */
class RenderedOverlaysTest {

    static Stream<Rendered> overlays() {
        return Kustomize.OVERLAYS.stream().map(Rendered::overlay);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_object_fits_its_kubernetes_or_strimzi_schema(Rendered rendered) {
        // Rendering read each object strictly; here: the shape is the whole system.
        assertThat(rendered.all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(ServiceConfig.SERVICES);
        assertThat(rendered.all(HorizontalPodAutoscaler.class)).hasSize(ServiceConfig.SERVICES.size());
        assertThat(rendered.objects()).allSatisfy(o -> assertThat(o.getMetadata().getName()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_deployment_has_both_probes_resources_and_runs_as_non_root_read_only(Rendered rendered) {
        assertThat(Rules.probes(rendered.all(Deployment.class))).isEmpty();
        assertThat(Rules.pods(rendered.objects())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void each_service_runs_on_the_ports_database_and_probes_of_its_own_configuration(Rendered rendered) {
        List<String> violations = new ArrayList<>();
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            Deployment deployment = rendered.find(Deployment.class, service).orElseThrow();
            violations.addAll(Rules.serviceDeployment(config, deployment,
                    rendered.find(ConfigMap.class, service + "-config")));
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void every_topic_and_every_dead_letter_topic_has_three_replicas_and_two_in_sync(Rendered rendered) {
        List<String> required = new ArrayList<>(Topics.ALL.stream().map(Topic::name).toList());
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            config.consumes().forEach(topic -> required.add(config.deadLetterTopic(topic)));
        }
        assertThat(Rules.topics(required, rendered.all(KafkaTopic.class))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void each_service_reads_only_what_it_consumes_and_writes_its_dead_letters(Rendered rendered) {
        List<String> violations = new ArrayList<>();
        for (String service : ServiceConfig.SERVICES) {
            violations.addAll(Rules.serviceUser(ServiceConfig.of(service), rendered.find(KafkaUser.class, service)));
        }
        assertThat(violations).isEmpty();
        assertThat(rendered.all(KafkaUser.class)).extracting(u -> u.getMetadata().getName())
                .contains("printer-partner", "finance", "access-control");
    }

    /**
     * Replaying a dead letter writes to a topic the service consumes, which its own user may not. Only the
     * production-replay overlay grants it, to a user of its own per service that writes exactly those topics and
     * reads nothing, and logs the service's replay producer in as it; production has neither.
     */
    @Test
    void only_while_replaying_may_a_services_replay_user_write_the_topics_it_consumes_and_nothing_else() {
        Rendered production = Rendered.overlay("production");
        Rendered replaying = Rendered.overlay("production-replay");
        assertThat(production.all(KafkaUser.class)).extracting(u -> u.getMetadata().getName())
                .noneMatch(name -> name.endsWith("-replay"));
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.of(service);
            KafkaUser user = replaying.find(KafkaUser.class, service + "-replay").orElseThrow();
            List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            assertThat(acls).as("%s-replay", service).allSatisfy(acl -> {
                assertThat(acl.getResource()).isInstanceOf(AclRuleTopicResource.class);
                assertThat(acl.getOperations()).containsExactlyInAnyOrder(AclOperation.WRITE, AclOperation.DESCRIBE);
            });
            assertThat(acls).extracting(acl -> ((AclRuleTopicResource) acl.getResource()).getName())
                    .containsExactlyInAnyOrderElementsOf(config.consumes());
            assertThat(replayLogin(replaying, service)).as("%s logs its replay in as %s-replay", service, service)
                    .contains(service + "-replay");
            assertThat(replayLogin(production, service)).isEmpty();
        }
    }

    private static java.util.Optional<String> replayLogin(Rendered rendered, String service) {
        return rendered.find(Deployment.class, service).orElseThrow().getSpec().getTemplate().getSpec().getContainers()
                .getFirst().getEnv().stream()
                .filter(env -> env.getName().equals("HMSKORT_DEADLETTERS_REPLAY_CLIENT_SASL_JAAS_CONFIG"))
                .map(env -> env.getValueFrom().getSecretKeyRef().getName()).findFirst();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void what_the_deployments_refer_to_exists(Rendered rendered) {
        for (Deployment d : rendered.all(Deployment.class)) {
            for (EnvFromSource source : d.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnvFrom()) {
                assertThat(rendered.find(ConfigMap.class, source.getConfigMapRef().getName()))
                        .as("ConfigMap %s of %s", source.getConfigMapRef().getName(), d.getMetadata().getName())
                        .isPresent();
            }
        }
        for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
            assertThat(rendered.find(Deployment.class, hpa.getSpec().getScaleTargetRef().getName())).isPresent();
            assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
        }
        for (PodDisruptionBudget pdb : rendered.all(PodDisruptionBudget.class)) {
            Map<String, String> selector = pdb.getSpec().getSelector().getMatchLabels();
            assertThat(rendered.objects()).as("pods selected by PodDisruptionBudget %s", pdb.getMetadata().getName())
                    .anySatisfy(o -> assertThat(Rules.template(o).map(t -> t.getMetadata().getLabels()).orElse(Map.of()))
                            .containsAllEntriesOf(selector));
        }
    }

    @Test
    void production_commits_no_secret_and_documents_every_secret_it_needs() throws IOException {
        Rendered production = Rendered.overlay("production");
        String doc = Files.readString(Kustomize.REPOSITORY.resolve("docs/deployment.md"));
        assertThat(Rules.noCommittedSecrets(production.objects(), doc)).isEmpty();
        assertThat(Rules.referencedSecrets(production.objects()))
                .contains("hmskort-pseudonym", "mongodb-keyfile", "mongodb-admin", "order-service-mongodb");
    }

    @Test
    void production_runs_two_replicas_at_least_and_sends_a_sample_of_traces() {
        Rendered production = Rendered.overlay("production");
        assertThat(production.all(Deployment.class)).allSatisfy(d -> assertThat(d.getSpec().getReplicas())
                .as("replicas of %s", d.getMetadata().getName()).isGreaterThanOrEqualTo(2));
        assertThat(production.all(HorizontalPodAutoscaler.class)).allSatisfy(h -> assertThat(h.getSpec().getMinReplicas())
                .as("minReplicas of %s", h.getMetadata().getName()).isGreaterThanOrEqualTo(2));
        Map<String, String> platform = production.find(ConfigMap.class, "hmskort-platform").orElseThrow().getData();
        assertThat(Double.parseDouble(platform.get("MANAGEMENT_TRACING_SAMPLING_PROBABILITY"))).isBetween(0.0, 0.99);
        assertThat(platform.get("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")).startsWith("http");
        assertThat(platform.get("HMSKORT_SECURITY_IDPORTEN_ISSUER_URI")).isEqualTo("https://idporten.no");
        assertThat(platform.get("HMSKORT_SECURITY_MASKINPORTEN_ISSUER_URI")).isEqualTo("https://maskinporten.no/");
        assertThat(platform).containsKeys("HMSKORT_SECURITY_IDPORTEN_AUDIENCE", "HMSKORT_SECURITY_MASKINPORTEN_AUDIENCE",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(platform.get("HMSKORT_SECURITY_IDPORTEN_AUDIENCE"))
                .isNotEqualTo(platform.get("HMSKORT_SECURITY_MASKINPORTEN_AUDIENCE"));
    }

    @Test
    void local_secrets_are_generated_here_with_values_that_say_they_are_not_secret() {
        Rendered local = Rendered.overlay("local");
        // Kafka credentials and the cluster CA are Strimzi's (named after the KafkaUser or the cluster).
        assertThat(Rules.referencedSecrets(local.objects()).stream()
                .filter(name -> !name.startsWith("hmskort-kafka-") && !ServiceConfig.SERVICES.contains(name)))
                .allSatisfy(name -> assertThat(local.find(Secret.class, name)).as("Secret %s", name).isPresent());
        for (Secret secret : local.all(Secret.class)) {
            secret.getData().forEach((key, value) -> {
                if (key.contains("password") || key.contains("secret")) {
                    assertThat(new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8))
                            .as("%s in Secret %s", key, secret.getMetadata().getName()).contains("not-secret");
                }
            });
        }
    }
}
