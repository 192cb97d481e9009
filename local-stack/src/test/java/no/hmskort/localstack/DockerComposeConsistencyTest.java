package no.hmskort.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.localstack.LocalStack.App;
import no.hmskort.platform.web.ProblemType;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so its agreement with the services is checked
 * instead: every service is there, on the port and management port its own configuration names, in two
 * replicas with a memory limit its JVM fits in, behind the front door (deploy/compose/nginx.conf) that
 * publishes its port and enforces the public-check limit the service's own limiter leaves to it, pointed at
 * the compose Kafka cluster, MongoDB and ID-porten, with the same pseudonym secret as the register simulator,
 * with a readiness health check on the service port's /readyz that needs no curl, built from a jar the build
 * produces. Kafka is a three-node KRaft cluster of the build's Kafka version, its logs on its volumes; mock
 * ID-porten in the outside container listens on all interfaces.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String IDPORTEN = "http://localhost:8099/idporten";
    private static final String MASKINPORTEN = "http://localhost:8099/maskinporten";
    /** What a JVM needs beside its heap (metaspace, threads, code cache, direct buffers), at the least. */
    private static final long NON_HEAP_HEADROOM = 256L << 20;

    @Test
    @SuppressWarnings("unchecked")
    void every_service_in_compose_matches_its_own_configuration() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("mongo", "outside", "front-door");
        Map<String, Object> outside = map(services.get("outside"));
        String bootstrap = kafkaNodes(services).keySet().stream().map(node -> node + ":9092")
                .collect(Collectors.joining(","));
        Object frontDoorPorts = map(services.get("front-door")).get("ports");
        for (App app : serviceApps()) {
            Map<String, Object> service = map(services.get(app.title));
            assertThat(service).as(app.title).isNotNull();
            Map<String, Object> environment = map(service.get("environment"));
            Map<String, Object> config = load(ROOT.resolve(app.title).resolve("src/main/resources/" + app.title + ".yml"));
            int port = (Integer) property(config, "server.port");
            int managementPort = (Integer) property(config, "management.server.port");
            assertThat(String.valueOf(environment.get("SERVER_PORT"))).as(app.title).isEqualTo(String.valueOf(port));
            assertThat(port).as(app.title + ": the local stack's port").isEqualTo(app.port);
            assertThat(managementPort).as(app.title + ": actuator on the service port + 1000")
                    .isEqualTo(port + 1000).isEqualTo(app.managementPort());
            assertThat(String.valueOf(environment.get("MANAGEMENT_SERVER_PORT"))).as(app.title)
                    .isEqualTo(String.valueOf(managementPort));

            // Replicas cannot share a fixed host port: the front door publishes the service's port.
            assertThat(service.get("ports")).as(app.title + ": no host port of its own").isNull();
            assertThat((Iterable<Object>) frontDoorPorts).as(app.title + ": published by the front door")
                    .contains(port + ":" + port);
            Map<String, Object> deploy = map(service.get("deploy"));
            assertThat(deploy).as(app.title + ": deploy").isNotNull();
            assertThat(deploy.get("replicas")).as(app.title + ": replicas").isEqualTo(2);

            assertThat(environment).as(app.title)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrap)
                    .containsEntry("SPRING_MONGODB_URI", "mongodb://mongo:27017")
                    .doesNotContainKeys("SPRING_KAFKA_PRODUCER_ACKS");
            // Each issuer is what clients on the host see; the keys are fetched inside the compose network.
            assertThat(environment).as(app.title)
                    .containsEntry("HMSKORT_SECURITY_IDPORTEN_ISSUER_URI", IDPORTEN)
                    .containsEntry("HMSKORT_SECURITY_IDPORTEN_JWK_SET_URI", "http://outside:8099/idporten/jwks")
                    .containsEntry("HMSKORT_SECURITY_MASKINPORTEN_ISSUER_URI", MASKINPORTEN)
                    .containsEntry("HMSKORT_SECURITY_MASKINPORTEN_JWK_SET_URI", "http://outside:8099/maskinporten/jwks");
            assertThat(String.valueOf(environment.get("HMSKORT_PUBLICCHECK_RATELIMIT_ENABLED")))
                    .as(app.title + ": the public-check limit is the front door's").isEqualTo("false");
            assertThat(map(service.get("depends_on"))).as(app.title)
                    .containsKeys(kafkaNodes(services).keySet().toArray(String[]::new))
                    .containsKeys("mongo", "outside");

            List<String> probe = healthCheck(service);
            assertThat(String.join(" ", probe)).as(app.title + ": readiness on the service port")
                    .contains("/dev/tcp/127.0.0.1/" + port + " ").contains("GET /readyz ")
                    .contains("/readyz");
            assertThat(environment.get("HMSKORT_PRIVACY_PSEUDONYM_SECRET")).as(app.title + ": the shared pseudonym secret")
                    .isNotNull().isEqualTo(map(outside.get("environment")).get("HMSKORT_PRIVACY_PSEUDONYM_SECRET"));
            Map<String, Object> build = map(service.get("build"));
            assertThat(map(build.get("args")).get("SERVICE")).isEqualTo(app.title);
            assertThat(ROOT.resolve(app.title).resolve("target").resolve(app.title + "-0.1.0-SNAPSHOT-exec.jar"))
                    .as("the jar the Dockerfile copies").exists();
        }
        // With min.insync.replicas 2 on the brokers, an acknowledged event is on two nodes only if producers
        // wait for all in-sync replicas.
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve("platform/src/main/resources/hmskort-platform-defaults.properties"))) {
            defaults.load(reader);
        }
        assertThat(defaults.getProperty("spring.kafka.producer.acks")).isEqualTo("all");
        assertThat(defaults.getProperty("spring.cloud.stream.kafka.binder.required-acks")).isEqualTo("all");
    }

    @Test
    void every_container_has_a_memory_limit_its_jvm_fits_in_and_a_health_check_without_curl() throws IOException {
        Map<String, Object> services = services();
        for (var entry : services.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> service = map(entry.getValue());
            long limit = memoryLimit(service).orElseThrow(() -> new AssertionError(name + ": no memory limit"));
            Map<String, Object> build = map(service.get("build"));
            if (build == null) {
                continue;
            }
            // Built here: a JRE image, without curl or wget; and a JVM whose heap is a share of the limit.
            String dockerfile = Files.readString(ROOT.resolve(String.valueOf(build.get("dockerfile"))));
            Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(dockerfile);
            assertThat(percentage.find()).as(build.get("dockerfile") + ": MaxRAMPercentage").isTrue();
            long heap = (long) (limit * Double.parseDouble(percentage.group(1)) / 100);
            assertThat(limit - heap).as(name + ": room beside the heap in " + limit + " bytes").isGreaterThanOrEqualTo(NON_HEAP_HEADROOM);
            List<String> probe = healthCheck(service);
            assertThat(probe).as(name + ": a health check").isNotEmpty();
            String command = String.join(" ", probe).toLowerCase(Locale.ROOT);
            assertThat(command).as(name + ": the JRE image has neither").doesNotContain("curl").doesNotContain("wget");
            assertThat(probe.get(0)).as(name).isEqualTo("CMD");
            assertThat(probe.get(1)).as(name + ": bash, for /dev/tcp").isEqualTo("bash");
            // compose substitutes $NAME itself; the shell's variables are written $$NAME.
            assertThat(Pattern.compile("(?<!\\$)\\$(?!\\$)").matcher(String.join(" ", probe).replace("$$", "")).find())
                    .as(name + ": an unescaped $ in the health check").isFalse();
        }
    }

    @Test
    void kafka_is_a_three_node_kraft_cluster_of_the_builds_version_with_its_logs_on_its_volumes() throws IOException {
        Map<String, Object> compose = load(ROOT.resolve("docker-compose.yml"));
        Map<String, Object> services = map(compose.get("services"));
        Map<String, Map<String, Object>> nodes = kafkaNodes(services);
        assertThat(nodes).as("Kafka nodes").hasSize(3);
        String kafkaVersion = pomProperty("kafka.version");
        Set<Object> clusterIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        Set<String> volumes = new HashSet<>();
        List<String> voters = new ArrayList<>();
        for (var node : nodes.entrySet()) {
            Map<String, Object> environment = map(node.getValue().get("environment"));
            voters.add(environment.get("KAFKA_NODE_ID") + "@" + node.getKey() + ":9093");
        }
        for (var node : nodes.entrySet()) {
            String name = node.getKey();
            Map<String, Object> service = node.getValue();
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(service.get("image")).as(name + ": the Kafka version the build uses")
                    .isEqualTo("apache/kafka:" + kafkaVersion);
            clusterIds.add(environment.get("CLUSTER_ID"));
            assertThat(Uuid.fromString(String.valueOf(environment.get("CLUSTER_ID")))).isNotNull();
            assertThat(nodeIds.add(String.valueOf(environment.get("KAFKA_NODE_ID")))).as(name + ": its own node id").isTrue();
            assertThat(environment.get("KAFKA_PROCESS_ROLES")).as(name).isEqualTo("broker,controller");
            assertThat(List.of(String.valueOf(environment.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).split(",")))
                    .as(name + ": every node votes").containsExactlyInAnyOrderElementsOf(voters);
            assertThat(String.valueOf(environment.get("KAFKA_LISTENERS"))).as(name).contains("PLAINTEXT://:9092")
                    .contains("CONTROLLER://:9093");
            assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS")).as(name).isEqualTo("PLAINTEXT://" + name + ":9092");
            assertThat(environment).as(name + ": every topic on all three nodes, two in sync")
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", 2)
                    .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", 3)
                    .containsEntry("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", 2);

            // The logs (and the metadata log, in the first log dir) on the node's own volume.
            List<Object> mounts = list(service.get("volumes"));
            assertThat(mounts).as(name + ": one volume").hasSize(1);
            String[] mount = String.valueOf(mounts.get(0)).split(":");
            assertThat(volumes.add(mount[0])).as(name + ": a volume of its own").isTrue();
            assertThat(map(compose.get("volumes"))).as("declared volumes").containsKey(mount[0]);
            String mounted = mount[1].endsWith("/") ? mount[1] : mount[1] + "/";
            for (String dir : String.valueOf(environment.get("KAFKA_LOG_DIRS")).split(",")) {
                assertThat(dir.strip() + "/").as(name + ": KAFKA_LOG_DIRS on the volume at " + mount[1]).startsWith(mounted);
            }
        }
        assertThat(clusterIds).as("one cluster id").hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_front_door_spreads_each_service_port_over_its_replicas_and_limits_the_public_check() throws IOException {
        Map<String, Object> frontDoor = map(services().get("front-door"));
        assertThat(list(frontDoor.get("volumes"))).contains("./deploy/compose/nginx.conf:/etc/nginx/nginx.conf:ro");
        Directive nginx = Directive.parse(Files.readString(ROOT.resolve("deploy/compose/nginx.conf")));
        Directive http = nginx.child("http").orElseThrow();
        Map<String, Directive> upstreams = http.children("upstream").stream()
                .collect(Collectors.toMap(u -> u.args().get(0), u -> u));
        Map<String, Directive> servers = new TreeMap<>();
        for (Directive server : http.children("server")) {
            servers.put(server.child("listen").orElseThrow().args().get(0), server);
        }
        for (App app : serviceApps()) {
            Directive server = servers.get(String.valueOf(app.port));
            assertThat(server).as(app.title + ": a server listening on " + app.port).isNotNull();
            for (Directive location : server.children("location")) {
                if (location.args().get(0).startsWith("@")) {
                    continue;
                }
                String upstream = location.child("proxy_pass").orElseThrow().args().get(0).replace("http://", "");
                assertThat(upstreams).as(app.title + ": upstream " + upstream).containsKey(upstream);
                // The service's name resolves to every replica; resolve follows a replica's new address.
                assertThat(upstreams.get(upstream).children("server")).as(app.title).singleElement()
                        .satisfies(s -> assertThat(s.args()).containsExactly(app.title + ":" + app.port, "resolve"));
            }
            assertThat(server.children("location")).extracting(l -> l.args().get(0)).as(app.title).contains("/");
        }

        // The public check's limit, as card-status-service.yml configures it, per client address.
        Map<String, Object> cardStatus = load(ROOT.resolve("card-status-service/src/main/resources/card-status-service.yml"));
        int perSecond = (Integer) property(cardStatus, "hmskort.public-check.requests-per-second");
        int burst = (Integer) property(cardStatus, "hmskort.public-check.burst");
        Directive server = servers.get(String.valueOf(App.CARD_STATUS.port));
        Directive publicCheck = server.children("location").stream()
                .filter(l -> l.args().equals(List.of("/api/public/"))).findFirst()
                .orElseThrow(() -> new AssertionError("no location /api/public/ on " + App.CARD_STATUS.port));
        List<String> limitReq = publicCheck.child("limit_req").orElseThrow().args();
        String zone = limitReq.get(0).replace("zone=", "");
        assertThat(limitReq).contains("burst=" + burst);
        assertThat(http.children("limit_req_zone")).as("the zone " + zone).anySatisfy(z -> assertThat(z.args())
                .containsExactly("$binary_remote_addr", "zone=" + zone + ":10m", "rate=" + perSecond + "r/s"));
        assertThat(publicCheck.child("limit_req_status").orElseThrow().args()).containsExactly("429");
        assertThat(publicCheck.child("proxy_pass").orElseThrow().args()).containsExactly("http://card-status-service");
        // Refused as the service refuses: 429 problem+json with Retry-After.
        List<String> errorPage = publicCheck.child("error_page").orElseThrow().args();
        assertThat(errorPage.subList(0, 2)).containsExactly("429", "=");
        String refusal = errorPage.get(2);
        Directive refused = server.children("location").stream().filter(l -> l.args().equals(List.of(refusal)))
                .findFirst().orElseThrow();
        assertThat(refused.child("default_type").orElseThrow().args()).containsExactly("application/problem+json");
        assertThat(refused.child("add_header").orElseThrow().args()).containsExactly("Retry-After", "1", "always");
        List<String> answer = refused.child("return").orElseThrow().args();
        assertThat(answer.get(0)).isEqualTo("429");
        assertThat(answer.get(1)).contains("\"type\":\"" + ProblemType.TOO_MANY_REQUESTS.uri() + "\"")
                .contains("\"title\":\"" + ProblemType.TOO_MANY_REQUESTS.title() + "\"").contains("\"status\":429");
    }

    @Test
    void mock_idporten_in_the_outside_container_listens_on_all_interfaces() throws Exception {
        Map<String, Object> environment = map(map(services().get("outside")).get("environment"));
        String address = String.valueOf(environment.get(MockIdPorten.BIND_ADDRESS_VARIABLE));
        assertThat(InetAddress.getByName(address).isAnyLocalAddress()).as(MockIdPorten.BIND_ADDRESS_VARIABLE).isTrue();

        // What that means: reachable by another address of the machine, as other containers reach it, while
        // the default (the local stack, the tests) stays on loopback.
        Optional<InetAddress> other = nonLoopbackAddress();
        assumeTrue(other.isPresent(), "this machine has no address but loopback");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try (MockIdPorten everywhere = MockIdPorten.start(InetAddress.getByName(address), 0)) {
            URI issuer = URI.create(everywhere.issuerUri());
            assertThat(issuer.getHost()).as("the issuer as clients name it").isEqualTo("localhost");
            assertThat(URI.create(everywhere.maskinporten().issuerUri())).as("Maskinporten as clients name it")
                    .isEqualTo(URI.create(MASKINPORTEN.replace("8099", String.valueOf(issuer.getPort()))));
            for (String keys : List.of("/idporten/jwks", "/maskinporten/jwks")) {
                URI jwks = URI.create("http://" + other.get().getHostAddress() + ":" + issuer.getPort() + keys);
                assertThat(http.send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).as(keys).isEqualTo(200);
            }
        }
        try (MockIdPorten loopback = MockIdPorten.start(0)) {
            URI jwks = URI.create("http://" + other.get().getHostAddress() + ":" + URI.create(loopback.issuerUri()).getPort()
                    + "/idporten/jwks");
            assertThat(URI.create(loopback.issuerUri()).getHost()).isEqualTo("localhost");
            boolean reached;
            try {
                http.send(HttpRequest.newBuilder(jwks).build(), HttpResponse.BodyHandlers.discarding());
                reached = true;
            } catch (IOException refused) {
                reached = false;
            }
            assertThat(reached).as("loopback only by default").isFalse();
        }
    }

    // --- compose ---------------------------------------------------------------------------------------

    private static List<App> serviceApps() {
        return java.util.Arrays.stream(App.values()).filter(app -> app != App.SIMULATORS).toList();
    }

    private static Map<String, Object> services() throws IOException {
        return map(load(ROOT.resolve("docker-compose.yml")).get("services"));
    }

    /** kafka-1, kafka-2, ... in order of their names. */
    private static Map<String, Map<String, Object>> kafkaNodes(Map<String, Object> services) {
        Map<String, Map<String, Object>> nodes = new TreeMap<>();
        services.forEach((name, service) -> {
            if (name.matches("kafka-\\d+")) {
                nodes.put(name, map(service));
            }
        });
        return nodes;
    }

    private static List<String> healthCheck(Map<String, Object> service) {
        Map<String, Object> healthcheck = map(service.get("healthcheck"));
        if (healthcheck == null || healthcheck.get("test") == null) {
            return List.of();
        }
        Object test = healthcheck.get("test");
        return test instanceof List<?> parts ? parts.stream().map(String::valueOf).toList() : List.of(String.valueOf(test));
    }

    private static Optional<Long> memoryLimit(Map<String, Object> service) {
        Map<String, Object> limits = map(Optional.ofNullable(map(service.get("deploy")))
                .map(d -> map(d.get("resources"))).map(r -> r.get("limits")).orElse(null));
        if (limits == null || limits.get("memory") == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("(?i)(\\d+(?:\\.\\d+)?)\\s*([kmg]?)b?").matcher(String.valueOf(limits.get("memory")).strip());
        assertThat(m.matches()).as("a memory size: " + limits.get("memory")).isTrue();
        int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> 0;
        };
        return Optional.of((long) (Double.parseDouble(m.group(1)) * (1L << shift)));
    }

    private static String pomProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).as("pom.xml " + name).isTrue();
        return m.group(1).strip();
    }

    /** A Spring property in a YAML file, however its key is split ({@code server.port}, or nested). */
    private static Object property(Map<String, Object> config, String key) {
        if (config == null) {
            return null;
        }
        if (config.containsKey(key)) {
            return config.get(key);
        }
        for (int dot = key.indexOf('.'); dot > 0; dot = key.indexOf('.', dot + 1)) {
            Object value = config.get(key.substring(0, dot));
            if (value instanceof Map<?, ?>) {
                Object found = property(map(value), key.substring(dot + 1));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new Yaml().load(reader);
        }
    }

    // --- nginx.conf ------------------------------------------------------------------------------------

    /** One directive of an nginx configuration: its name, its arguments (unquoted) and its block, if any. */
    record Directive(String name, List<String> args, List<Directive> block) {

        Optional<Directive> child(String name) {
            return block.stream().filter(d -> d.name.equals(name)).findFirst();
        }

        List<Directive> children(String name) {
            return block.stream().filter(d -> d.name.equals(name)).toList();
        }

        /** The whole file, as the block of a directive without a name. */
        static Directive parse(String text) {
            List<String> tokens = tokens(text);
            int[] at = {0};
            Directive main = new Directive("", List.of(), block(tokens, at));
            assertThat(at[0]).as("nginx.conf: an unmatched }").isEqualTo(tokens.size());
            return main;
        }

        private static List<Directive> block(List<String> tokens, int[] at) {
            List<Directive> directives = new ArrayList<>();
            List<String> words = new ArrayList<>();
            while (at[0] < tokens.size()) {
                String token = tokens.get(at[0]++);
                switch (token) {
                    case "\u0000;" -> {
                        directives.add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size())), List.of()));
                        words.clear();
                    }
                    case "\u0000{" -> {
                        directives.add(new Directive(words.get(0), List.copyOf(words.subList(1, words.size())),
                                block(tokens, at)));
                        words.clear();
                    }
                    case "\u0000}" -> {
                        assertThat(words).as("nginx.conf: a directive without ;").isEmpty();
                        return directives;
                    }
                    default -> words.add(token);
                }
            }
            assertThat(words).as("nginx.conf: a directive without ;").isEmpty();
            return directives;
        }

        /** Words and quoted strings (unquoted), with ; { } marked so a quoted ";" stays a word. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#') {
                    while (i < text.length() && text.charAt(i) != '\n') {
                        i++;
                    }
                } else if (c == ';' || c == '{' || c == '}') {
                    tokens.add("\u0000" + c);
                    i++;
                } else if (c == '\'' || c == '"') {
                    StringBuilder word = new StringBuilder();
                    i++;
                    while (text.charAt(i) != c) {
                        if (text.charAt(i) == '\\') {
                            i++;
                        }
                        word.append(text.charAt(i++));
                    }
                    i++;
                    tokens.add(word.toString());
                } else {
                    int start = i;
                    while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                            && ";{}".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                    tokens.add(text.substring(start, i));
                }
            }
            return tokens;
        }
    }
}
