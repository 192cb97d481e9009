package no.hmskort.testsupport;

import java.util.Map;
import no.hmskort.contracts.ids.Pseudonyms;
import no.hmskort.embedded.EmbeddedKafka;
import no.hmskort.embedded.EmbeddedMongo;
import no.hmskort.embedded.MockIdPorten;
import no.hmskort.embedded.MockMaskinporten;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The infrastructure of every test in this JVM, started once on first use and shared by every test
 * class, chosen the same way everywhere:
 * <ol>
 * <li>endpoints from the environment ({@code HMSKORT_TEST_KAFKA_BOOTSTRAP}, {@code HMSKORT_TEST_MONGO_URI});
 * <li>else Testcontainers (real Kafka and MongoDB images) when a Docker engine answers;
 * <li>else the embedded default: Kafka's own KRaft server and a Mongo wire-protocol store, in this JVM.
 * </ol>
 * ID-porten and Maskinporten are always NAV's mock-oauth2-server in this JVM (one server, both issuers): tests
 * need to mint tokens. People's tokens come from {@link #idPorten()}, machine clients' from {@link #maskinporten()}.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure instance;

    private final String kafkaBootstrap;
    private final String mongoUri;
    private final MockIdPorten idPorten;
    private final String kind;

    private TestInfrastructure(String kafkaBootstrap, String mongoUri, MockIdPorten idPorten, String kind) {
        this.kafkaBootstrap = kafkaBootstrap;
        this.mongoUri = mongoUri;
        this.idPorten = idPorten;
        this.kind = kind;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    instance = start(System.getenv());
                }
            }
        }
        return instance;
    }

    /** The pseudonym secret of every test JVM: events a test publishes are keyed as the services key them. */
    public static final String PSEUDONYM_SECRET = "test-pseudonym-secret-not-for-production";

    static TestInfrastructure start(Map<String, String> env) {
        long started = System.nanoTime();
        Pseudonyms.useSecret(PSEUDONYM_SECRET);
        MockIdPorten idPorten = MockIdPorten.start(0);
        TestInfrastructure infrastructure;
        if (env.get("HMSKORT_TEST_KAFKA_BOOTSTRAP") != null && env.get("HMSKORT_TEST_MONGO_URI") != null) {
            infrastructure = new TestInfrastructure(env.get("HMSKORT_TEST_KAFKA_BOOTSTRAP"),
                    env.get("HMSKORT_TEST_MONGO_URI"), idPorten, "external endpoints");
        } else if (dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.1");
            MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");
            kafka.start();
            mongo.start();
            infrastructure = new TestInfrastructure(kafka.getBootstrapServers(), mongo.getConnectionString(), idPorten,
                    "Testcontainers");
        } else {
            EmbeddedKafka kafka = EmbeddedKafka.startTemporary();
            EmbeddedMongo mongo = EmbeddedMongo.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.close();
            }, "test-infrastructure-stop"));
            infrastructure = new TestInfrastructure(kafka.bootstrapServers(), mongo.uri(), idPorten, "embedded");
        }
        log.info("Test infrastructure ({}) ready in {} ms: Kafka {}, MongoDB {}, ID-porten {}, Maskinporten {}",
                infrastructure.kind, (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrap,
                infrastructure.mongoUri, idPorten.issuerUri(), idPorten.maskinporten().issuerUri());
        return infrastructure;
    }

    /** Asks Testcontainers only when a Docker endpoint could exist, sparing its noisy probing otherwise. */
    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                && !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".testcontainers.properties"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String mongoUri() {
        return mongoUri;
    }

    /** People's logins. */
    public MockIdPorten idPorten() {
        return idPorten;
    }

    /** Machine clients' tokens (gates, the printer partner, operator tools). */
    public MockMaskinporten maskinporten() {
        return idPorten.maskinporten();
    }

    /** The properties a service needs to run on this infrastructure. */
    public Map<String, Object> properties() {
        return Map.of(
                "spring.kafka.bootstrap-servers", kafkaBootstrap,
                "spring.mongodb.uri", mongoUri,
                "hmskort.security.idporten.issuer-uri", idPorten.issuerUri(),
                "hmskort.security.idporten.jwk-set-uri", idPorten.jwksUri(),
                "hmskort.security.maskinporten.issuer-uri", idPorten.maskinporten().issuerUri(),
                "hmskort.security.maskinporten.jwk-set-uri", idPorten.maskinporten().jwksUri(),
                "hmskort.privacy.pseudonym-secret", PSEUDONYM_SECRET,
                // any free management port: several services' contexts live in one test JVM
                "management.server.port", "0",
                // counting gauges read afresh on every read, so a test sees them move at once
                "hmskort.metrics.count-interval", "0s");
    }
}
