package no.hmskort.deploycheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules the rendered deployment must keep, each a function from objects to the violations it finds (an empty
 * list when the rule holds), so a test can show every rule failing on a broken object as well as holding on the
 * real render.
 */
final class Rules {

    /** Environment variables whose value is a credential: never a literal in a manifest. */
    static final Pattern SENSITIVE = Pattern.compile("(?i).*(PASSWORD|SECRET|JAAS|TOKEN|CREDENTIAL|PRIVATE|KEY).*");

    private Rules() {
    }

    /** Every pod (of a Deployment, StatefulSet or Job): requests and limits, non-root, read-only, no capabilities. */
    static List<String> pods(Collection<HasMetadata> objects) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata o : objects) {
            template(o).ifPresent(t -> violations.addAll(pod(o.getKind() + " " + o.getMetadata().getName(), t)));
        }
        return violations;
    }

    static List<String> pod(String owner, PodTemplateSpec template) {
        List<String> violations = new ArrayList<>();
        PodSpec pod = template.getSpec();
        var podSecurity = pod.getSecurityContext();
        boolean podNonRoot = podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
        boolean podSeccomp = podSecurity != null && podSecurity.getSeccompProfile() != null
                && "RuntimeDefault".equals(podSecurity.getSeccompProfile().getType());
        for (Container c : Stream.concat(pod.getContainers().stream(), pod.getInitContainers().stream()).toList()) {
            String where = owner + " container " + c.getName();
            var resources = c.getResources();
            for (String resource : List.of("cpu", "memory")) {
                if (resources == null || !has(resources.getRequests(), resource)) {
                    violations.add(where + ": no " + resource + " request");
                }
                if (resources == null || !has(resources.getLimits(), resource)) {
                    violations.add(where + ": no " + resource + " limit");
                }
            }
            var security = c.getSecurityContext();
            if (Boolean.FALSE.equals(security == null ? null : security.getRunAsNonRoot())
                    || !(podNonRoot || security != null && Boolean.TRUE.equals(security.getRunAsNonRoot()))) {
                violations.add(where + ": runAsNonRoot is not true");
            }
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                violations.add(where + ": root filesystem is not read-only");
            }
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                violations.add(where + ": allowPrivilegeEscalation is not false");
            }
            if (security == null || security.getCapabilities() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                violations.add(where + ": capabilities ALL are not dropped");
            }
            if (!podSeccomp && (security == null || security.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(security.getSeccompProfile().getType()))) {
                violations.add(where + ": seccomp profile is not RuntimeDefault");
            }
            boolean tmp = c.getVolumeMounts().stream().anyMatch(m -> m.getMountPath().equals("/tmp")
                    && pod.getVolumes().stream().anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
            if (pod.getContainers().contains(c) && !tmp) {
                violations.add(where + ": no emptyDir at /tmp for a read-only root filesystem");
            }
        }
        return violations;
    }

    /** Every Deployment's containers have a liveness and a readiness probe. */
    static List<String> probes(Collection<Deployment> deployments) {
        List<String> violations = new ArrayList<>();
        for (Deployment d : deployments) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                if (c.getLivenessProbe() == null) {
                    violations.add("Deployment " + d.getMetadata().getName() + " container " + c.getName() + ": no liveness probe");
                }
                if (c.getReadinessProbe() == null) {
                    violations.add("Deployment " + d.getMetadata().getName() + " container " + c.getName() + ": no readiness probe");
                }
            }
        }
        return violations;
    }

    /**
     * A service's Deployment agrees with its configuration file: /livez and /readyz on the service port, the
     * management port named and annotated for Prometheus, the ports its ConfigMap sets.
     */
    static List<String> serviceDeployment(ServiceConfig config, Deployment deployment, Optional<ConfigMap> configMap) {
        List<String> violations = new ArrayList<>();
        String where = "Deployment " + config.name();
        Container c = deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (ContainerPort p : c.getPorts()) {
            ports.put(p.getName(), p.getContainerPort());
        }
        if (!Objects.equals(ports.get("http"), config.port())) {
            violations.add(where + ": port 'http' is " + ports.get("http") + ", the service listens on " + config.port());
        }
        if (!Objects.equals(ports.get("management"), config.managementPort())) {
            violations.add(where + ": port 'management' is " + ports.get("management") + ", actuator is on "
                    + config.managementPort());
        }
        violations.addAll(probe(where + " liveness", c.getLivenessProbe(), "/livez"));
        violations.addAll(probe(where + " readiness", c.getReadinessProbe(), "/readyz"));
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        if (!String.valueOf(config.managementPort()).equals(annotations.get("prometheus.io/port"))
                || !"/actuator/prometheus".equals(annotations.get("prometheus.io/path"))) {
            violations.add(where + ": Prometheus is not pointed at /actuator/prometheus on " + config.managementPort());
        }
        Map<String, String> data = configMap.map(ConfigMap::getData).orElse(Map.of());
        if (!String.valueOf(config.port()).equals(data.get("SERVER_PORT"))
                || !String.valueOf(config.managementPort()).equals(data.get("MANAGEMENT_SERVER_PORT"))) {
            violations.add(where + ": ConfigMap " + config.name() + "-config does not set SERVER_PORT "
                    + config.port() + " and MANAGEMENT_SERVER_PORT " + config.managementPort());
        }
        String uri = c.getEnv().stream().filter(e -> e.getName().equals("SPRING_MONGODB_URI")).map(EnvVar::getValue)
                .findFirst().orElse("");
        if (!uri.contains("/" + config.database() + "?authSource=" + config.database() + "&")) {
            violations.add(where + ": SPRING_MONGODB_URI does not name the database " + config.database()
                    + " as database and authSource: " + uri);
        }
        return violations;
    }

    private static List<String> probe(String where, Probe probe, String path) {
        if (probe == null || probe.getHttpGet() == null) {
            return List.of(where + ": no HTTP probe");
        }
        var port = probe.getHttpGet().getPort();
        String portName = port.getStrVal() != null ? port.getStrVal() : String.valueOf(port.getIntVal());
        if (!path.equals(probe.getHttpGet().getPath()) || !"http".equals(portName)) {
            return List.of(where + ": probes " + probe.getHttpGet().getPath() + " on " + portName
                    + ", not " + path + " on the service port (http)");
        }
        return List.of();
    }

    /** Every required topic has a KafkaTopic, and every KafkaTopic has three replicas with two in sync. */
    static List<String> topics(Collection<String> required, Collection<KafkaTopic> topics) {
        List<String> violations = new ArrayList<>();
        Set<String> present = new TreeSet<>();
        for (KafkaTopic t : topics) {
            String name = t.getSpec().getTopicName() != null ? t.getSpec().getTopicName() : t.getMetadata().getName();
            present.add(name);
            if (!Integer.valueOf(3).equals(t.getSpec().getReplicas())) {
                violations.add("KafkaTopic " + name + ": replicas " + t.getSpec().getReplicas() + ", not 3");
            }
            Object minIsr = t.getSpec().getConfig() == null ? null : t.getSpec().getConfig().get("min.insync.replicas");
            if (minIsr == null || !"2".equals(String.valueOf(minIsr))) {
                violations.add("KafkaTopic " + name + ": min.insync.replicas " + minIsr + ", not 2");
            }
        }
        for (String name : required) {
            if (!present.contains(name)) {
                violations.add("no KafkaTopic for " + name);
            }
        }
        return violations;
    }

    /**
     * A service's KafkaUser reads exactly the topics it consumes (and hears), in its own consumer group, and may
     * write and read its dead-letter topics (read: for the operator's listing).
     */
    static List<String> serviceUser(ServiceConfig config, Optional<KafkaUser> user) {
        if (user.isEmpty()) {
            return List.of("no KafkaUser " + config.name());
        }
        List<String> violations = new ArrayList<>();
        List<AclRule> acls = user.get().getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple
                ? simple.getAcls() : List.of();
        Set<String> reads = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        for (AclRule acl : acls) {
            if (acl.getResource() instanceof AclRuleTopicResource topic) {
                if (acl.getOperations().contains(AclOperation.READ)) {
                    reads.add(topic.getName());
                }
                if (acl.getOperations().contains(AclOperation.WRITE)) {
                    writes.add(topic.getName());
                }
            } else if (acl.getResource() instanceof AclRuleGroupResource group
                    && acl.getOperations().contains(AclOperation.READ)) {
                groups.add(group.getName());
            }
        }
        String where = "KafkaUser " + config.name();
        Set<String> hears = new TreeSet<>(config.consumes());
        hears.addAll(config.broadcasts());
        config.consumes().forEach(topic -> hears.add(config.deadLetterTopic(topic)));
        if (!reads.equals(hears)) {
            violations.add(where + ": reads " + reads + ", but the service consumes " + hears);
        }
        if (!groups.contains(config.name())) {
            violations.add(where + ": may not read in its consumer group " + config.name());
        }
        for (String topic : config.consumes()) {
            if (!writes.contains(config.deadLetterTopic(topic))) {
                violations.add(where + ": may not write its dead-letter topic " + config.deadLetterTopic(topic));
            }
        }
        return violations;
    }

    /**
     * Production carries no secret: no Secret object, no literal value for a credential-like variable, no
     * password inside a connection string; every Secret it refers to is listed in docs/deployment.md.
     */
    static List<String> noCommittedSecrets(Collection<HasMetadata> objects, String deploymentDoc) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata o : objects) {
            if (o instanceof Secret) {
                violations.add("Secret " + o.getMetadata().getName() + " is rendered: production Secrets come from outside");
            }
            template(o).ifPresent(t -> {
                for (Container c : Stream.concat(t.getSpec().getContainers().stream(),
                        t.getSpec().getInitContainers().stream()).toList()) {
                    for (EnvVar e : c.getEnv()) {
                        if (e.getValue() != null && SENSITIVE.matcher(e.getName()).matches()) {
                            violations.add(o.getKind() + " " + o.getMetadata().getName() + ": " + e.getName()
                                    + " has a literal value");
                        }
                        if (e.getValue() != null && e.getValue().matches(".*://[^/$]*:[^/$@]+@.*")) {
                            violations.add(o.getKind() + " " + o.getMetadata().getName() + ": " + e.getName()
                                    + " has a literal password in it");
                        }
                    }
                }
            });
        }
        for (String secret : referencedSecrets(objects)) {
            if (!deploymentDoc.contains("`" + secret + "`")) {
                violations.add("Secret " + secret + " is needed but not listed in docs/deployment.md");
            }
        }
        return violations;
    }

    static Set<String> referencedSecrets(Collection<HasMetadata> objects) {
        Set<String> names = new TreeSet<>();
        for (HasMetadata o : objects) {
            template(o).ifPresent(t -> {
                for (Container c : Stream.concat(t.getSpec().getContainers().stream(),
                        t.getSpec().getInitContainers().stream()).toList()) {
                    c.getEnv().stream().filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                            .forEach(e -> names.add(e.getValueFrom().getSecretKeyRef().getName()));
                    c.getEnvFrom().stream().map(EnvFromSource::getSecretRef).filter(Objects::nonNull)
                            .forEach(r -> names.add(r.getName()));
                }
                t.getSpec().getVolumes().stream().map(Volume::getSecret).filter(Objects::nonNull)
                        .forEach(s -> names.add(s.getSecretName()));
            });
        }
        return names;
    }

    static boolean has(Map<String, Quantity> quantities, String resource) {
        return quantities != null && quantities.get(resource) != null
                && !quantities.get(resource).getAmount().isBlank();
    }

    static Optional<PodTemplateSpec> template(HasMetadata o) {
        return switch (o) {
            case Deployment d -> Optional.of(d.getSpec().getTemplate());
            case StatefulSet s -> Optional.of(s.getSpec().getTemplate());
            case Job j -> Optional.of(j.getSpec().getTemplate());
            default -> Optional.empty();
        };
    }
}
