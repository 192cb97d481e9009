package no.hmskort.localstack;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import no.hmskort.billing.BillingServiceApplication;
import no.hmskort.cardstatus.CardStatusServiceApplication;
import no.hmskort.delegation.DelegationServiceApplication;
import no.hmskort.embedded.EmbeddedKafka;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.localstack.simulators.SimulatorsApplication;
import no.hmskort.order.OrderServiceApplication;
import no.hmskort.production.ProductionServiceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole system in one JVM: each service in its own Spring context, on its own port, with its own
 * database, talking to the others only through the Kafka broker, exactly as when deployed apart.
 *
 * <p>{@link #main} also starts the embedded default (Kafka's KRaft server, the Mongo wire-protocol store
 * kept in {@code .local-stack/}, mock ID-porten and Maskinporten); the end-to-end test instead hands in the test
 * infrastructure's endpoints and asks for free ports.
 */
public final class LocalStack implements AutoCloseable {

    /** Where the infrastructure is: Kafka, MongoDB, ID-porten (people) and Maskinporten (machine clients). */
    public record Endpoints(String kafkaBootstrap, String mongoUri, String idportenIssuerUri, String idportenJwksUri,
            String maskinportenIssuerUri, String maskinportenJwksUri) {

        /** Kafka and MongoDB where given, both issuers from the mock. */
        public static Endpoints of(String kafkaBootstrap, String mongoUri, MockIdPorten issuers) {
            return new Endpoints(kafkaBootstrap, mongoUri, issuers.issuerUri(), issuers.jwksUri(),
                    issuers.maskinporten().issuerUri(), issuers.maskinporten().jwksUri());
        }
    }

    /** The applications of the stack, with their fixed local ports. */
    public enum App {
        DELEGATION("delegation-service", 8085, DelegationServiceApplication::builder),
        ORDER("order-service", 8081, OrderServiceApplication::builder),
        PRODUCTION("production-service", 8083, ProductionServiceApplication::builder),
        CARD_STATUS("card-status-service", 8082, CardStatusServiceApplication::builder),
        BILLING("billing-service", 8084, BillingServiceApplication::builder),
        SIMULATORS("simulators", 8090, SimulatorsApplication::builder);

        final String title;
        final int port;
        final Supplier<SpringApplicationBuilder> builder;

        App(String title, int port, Supplier<SpringApplicationBuilder> builder) {
            this.title = title;
            this.port = port;
            this.builder = builder;
        }

        /** Actuator (metrics, health details, info): the service port plus 1000. */
        int managementPort() {
            return port + 1000;
        }
    }

    /** The local stack's pseudonym secret: its data is synthetic, so the secret need not be one. */
    static final String LOCAL_PSEUDONYM_SECRET = "local-stack-pseudonyms-not-secret";

    private final Map<App, ConfigurableApplicationContext> contexts;

    private LocalStack(Map<App, ConfigurableApplicationContext> contexts) {
        this.contexts = contexts;
    }

    /**
     * Starts every application against the given infrastructure, two at a time (the machine has two
     * cores), and returns once all are up and ready.
     *
     * @param freePorts true for any free ports (tests), false for the fixed local ports
     */
    public static LocalStack start(Endpoints endpoints, boolean freePorts, Map<String, Object> extraProperties) {
        Map<App, ConfigurableApplicationContext> contexts = new LinkedHashMap<>();
        ExecutorService starter = Executors.newFixedThreadPool(2);
        try {
            Map<App, Future<ConfigurableApplicationContext>> starting = new LinkedHashMap<>();
            for (App app : App.values()) {
                Map<String, Object> properties = new HashMap<>(extraProperties);
                properties.put("spring.kafka.bootstrap-servers", endpoints.kafkaBootstrap());
                properties.put("spring.mongodb.uri", endpoints.mongoUri());
                properties.put("hmskort.security.idporten.issuer-uri", endpoints.idportenIssuerUri());
                properties.put("hmskort.security.idporten.jwk-set-uri", endpoints.idportenJwksUri());
                properties.put("hmskort.security.maskinporten.issuer-uri", endpoints.maskinportenIssuerUri());
                properties.put("hmskort.security.maskinporten.jwk-set-uri", endpoints.maskinportenJwksUri());
                properties.put("hmskort.security.accept-synthetic-person-ids", "true");
                properties.put("server.port", freePorts ? 0 : app.port);
                properties.put("management.server.port", freePorts ? 0 : app.managementPort());
                properties.putIfAbsent("hmskort.privacy.pseudonym-secret", LOCAL_PSEUDONYM_SECRET);
                properties.put("spring.main.banner-mode", "off");
                // As command-line arguments: they outrank each service's own file, as deployment settings do.
                String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new);
                starting.put(app, starter.submit(() -> app.builder.get().run(arguments)));
            }
            for (var entry : starting.entrySet()) {
                contexts.put(entry.getKey(), entry.getValue().get());
            }
        } catch (Exception e) {
            contexts.values().forEach(ConfigurableApplicationContext::close);
            throw new IllegalStateException("the local stack did not start", e);
        } finally {
            starter.shutdown();
        }
        LocalStack stack = new LocalStack(contexts);
        stack.awaitReady(Duration.ofSeconds(60));
        return stack;
    }

    public int port(App app) {
        return Integer.parseInt(contexts.get(app).getEnvironment().getRequiredProperty("local.server.port"));
    }

    public String url(App app) {
        return "http://localhost:" + port(app);
    }

    public int managementPort(App app) {
        return Integer.parseInt(contexts.get(app).getEnvironment().getRequiredProperty("local.management.port"));
    }

    /** Where an application's actuator is: metrics, health details, info. */
    public String managementUrl(App app) {
        return "http://localhost:" + managementPort(app) + "/actuator";
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (App app : contexts.keySet()) {
            URI readiness = URI.create(url(app) + "/readyz");
            while (true) {
                try {
                    if (http.send(HttpRequest.newBuilder(readiness).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        break;
                    }
                } catch (Exception e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app.title + " not ready after " + timeout);
                }
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void close() {
        List<ConfigurableApplicationContext> reversed = new ArrayList<>(contexts.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(ConfigurableApplicationContext::close);
    }

    /**
     * Five Spring contexts in one JVM would each re-initialise logging; instead logback is configured
     * once, from this module's logback.xml (same masking of personal numbers as the services').
     */
    public static void configureLoggingOnce() {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
    }

    /**
     * Without a part name: the whole system in this JVM. With one, a single part of the local cluster as its
     * own process (bin/local-cluster): {@code kafka-node}, {@code store}, {@code outside} (mock ID-porten and
     * Maskinporten, and the simulators), {@code front-door}, and the fault suite's {@code load}, {@code check},
     * {@code poison} and {@code kafka-controller}; the options after the name are that part's.
     */
    public static void main(String[] args) throws Exception {
        configureLoggingOnce();
        if (args.length > 0 && !args[0].startsWith("--")) {
            String[] options = java.util.Arrays.copyOfRange(args, 1, args.length);
            switch (args[0]) {
                case "kafka-node" -> EmbeddedKafka.main(options);
                case "cluster-id" -> System.out.println(org.apache.kafka.common.Uuid.randomUuid());
                case "store" -> EmbeddedMongo.main(options);
                case "outside" -> runOutsideOnly(options);
                case "load" -> no.hmskort.localstack.cluster.Load.main(options);
                case "check" -> no.hmskort.localstack.cluster.Check.main(options);
                case "poison" -> no.hmskort.localstack.cluster.Poison.main(options);
                case "front-door" -> no.hmskort.localstack.cluster.FrontDoor.main(options);
                case "kafka-controller" -> no.hmskort.localstack.cluster.Check.printQuorumLeader(options);
                default -> throw new IllegalArgumentException("no part named " + args[0]);
            }
            return;
        }
        if (List.of(args).contains("--outside-only")) {
            runOutsideOnly(new String[0]);
            return;
        }
        long started = System.nanoTime();
        Path data = Path.of(System.getProperty("hmskort.data", ".local-stack")).toAbsolutePath();
        OnLocalPorts running = onLocalPorts(data, settings(args));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the local stack...");
            running.close();
        }, "local-stack-stop"));
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.println(Banner.text(running.stack(), running.kafka().bootstrapServers(), running.mongo().uri(),
                running.idPorten(), data, Duration.ofNanos(System.nanoTime() - started), heap.getUsed()));
        Thread.currentThread().join();
    }

    /** The whole system with its embedded default, on the fixed local ports the README uses. */
    public record OnLocalPorts(LocalStack stack, EmbeddedKafka kafka, EmbeddedMongo mongo, MockIdPorten idPorten)
            implements AutoCloseable {

        @Override
        public void close() {
            stack.close();
            idPorten.close();
            mongo.close();
            kafka.close();
        }
    }

    /**
     * Starts the embedded default (Kafka's KRaft server and the Mongo wire-protocol store, both kept under
     * {@code data}, and mock ID-porten and Maskinporten) and the whole system on the fixed local ports: what
     * {@code bin/local-stack} runs, and what the README's walkthrough test runs against.
     */
    public static OnLocalPorts onLocalPorts(Path data, Map<String, Object> settings) throws java.io.IOException {
        EmbeddedKafka kafka = EmbeddedKafka.start(data.resolve("kafka"), 9092);
        EmbeddedMongo mongo = EmbeddedMongo.inFile(data.resolve("mongo").resolve("store.journal"), 27017);
        MockIdPorten idPorten = MockIdPorten.start(8099);
        try {
            LocalStack stack = start(Endpoints.of(kafka.bootstrapServers(), mongo.uri(), idPorten), false, settings);
            return new OnLocalPorts(stack, kafka, mongo, idPorten);
        } catch (RuntimeException failed) {
            idPorten.close();
            mongo.close();
            kafka.close();
            throw failed;
        }
    }

    /** {@code --key=value} arguments, passed on to every application (e.g. a raised rate limit for a benchmark). */
    static Map<String, Object> settings(String[] args) {
        Map<String, Object> settings = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return settings;
    }

    public ConfigurableApplicationContext context(App app) {
        return contexts.get(app);
    }

    /**
     * Only what stands outside the system (mock ID-porten and Maskinporten, and the simulators), for docker-compose,
     * where the services and the infrastructure run in their own containers. Kafka comes from the environment
     * ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}).
     */
    private static void runOutsideOnly(String[] settings) throws InterruptedException {
        MockIdPorten idPorten = MockIdPorten.start(8099);
        String[] arguments = java.util.stream.Stream.concat(java.util.stream.Stream.of("--spring.main.banner-mode=off"),
                java.util.Arrays.stream(settings)).toArray(String[]::new);
        ConfigurableApplicationContext simulators = SimulatorsApplication.builder().run(arguments);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulators.close();
            idPorten.close();
        }, "outside-stop"));
        System.out.println("Mock ID-porten at " + idPorten.issuerUri() + ", mock Maskinporten at "
                + idPorten.maskinporten().issuerUri() + ", simulators on port "
                + simulators.getEnvironment().getProperty("local.server.port"));
        Thread.currentThread().join();
    }
}
