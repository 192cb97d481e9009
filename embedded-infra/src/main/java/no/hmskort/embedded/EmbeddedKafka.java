package no.hmskort.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real Apache Kafka broker in this JVM: Kafka's own KRaft server, a node acting as broker and controller.
 * Alone ({@link #start}) it is a single-node cluster with replication factor 1; with its peers
 * ({@link #startNode}, or {@link #main} as a process of its own) it is one of a KRaft cluster whose topics
 * are replicated to every node, with {@code min.insync.replicas} one less. Its storage is formatted once;
 * started again on the same directory it keeps its topics, offsets and cluster id.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    private EmbeddedKafka(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts a broker keeping its data in {@code dataDir} on {@code port} (0: any free port). */
    public static EmbeddedKafka start(Path dataDir, int port) {
        try {
            int brokerPort = port == 0 ? freePort() : port;
            int controllerPort = freePort();
            return startNode(new Node(1, dataDir, brokerPort, controllerPort, "1@127.0.0.1:" + controllerPort,
                    Uuid.randomUuid().toString(), 1), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One node of a cluster.
     *
     * @param voters every controller of the quorum, {@code id@host:port,...}
     * @param clusterId the same for every node; used only when the storage is formatted the first time
     * @param replication how many nodes hold each partition (the cluster's size)
     */
    public record Node(int id, Path dataDir, int brokerPort, int controllerPort, String voters, String clusterId,
            int replication) {
    }

    /** Starts a node and waits until its cluster answers (its peers must start within {@code timeout}). */
    public static EmbeddedKafka startNode(Node node, Duration timeout) {
        try {
            Files.createDirectories(node.dataDir());
            String dir = node.dataDir().toAbsolutePath().toString();
            if (!Files.exists(node.dataDir().resolve("meta.properties"))) {
                format(dir, node.id(), node.clusterId());
            }
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config(node), false), Time.SYSTEM);
            server.startup();
            EmbeddedKafka kafka = new EmbeddedKafka(server, node.brokerPort());
            kafka.awaitReady(timeout);
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A node as a process of its own (the local cluster): {@code --id 1 --data dir --broker-port 9092
     * --controller-port 9093 --voters 1@127.0.0.1:9093,... --cluster-id <id> --replication 3}. Prints
     * {@code kafka node <id> ready <bootstrap>} once the cluster answers; stops on a signal.
     */
    public static void main(String[] args) {
        java.util.Map<String, String> options = Options.parse(args);
        EmbeddedKafka kafka = startNode(new Node(Integer.parseInt(options.get("id")), Path.of(options.get("data")),
                Integer.parseInt(options.get("broker-port")), Integer.parseInt(options.get("controller-port")),
                options.get("voters"), options.get("cluster-id"), Integer.parseInt(options.getOrDefault("replication", "3"))),
                Duration.ofMinutes(3));
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-stop"));
        System.out.println("kafka node " + options.get("id") + " ready " + kafka.bootstrapServers());
    }

    /** A throw-away broker in a fresh temporary directory, deleted when the JVM exits. */
    public static EmbeddedKafka startTemporary() {
        try {
            Path dir = Files.createTempDirectory("hmskort-kafka");
            dir.toFile().deleteOnExit();
            return start(dir, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties config(Node node) {
        String logDir = node.dataDir().toAbsolutePath().toString();
        String replication = String.valueOf(node.replication());
        String minInSync = String.valueOf(Math.max(1, node.replication() - 1));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(node.id()));
        p.put("controller.quorum.voters", node.voters());
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + node.brokerPort() + ",CONTROLLER://127.0.0.1:" + node.controllerPort());
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + node.brokerPort());
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir);
        p.put("metadata.log.dir", logDir);
        p.put("num.partitions", "3");
        p.put("default.replication.factor", replication);
        p.put("min.insync.replicas", minInSync);
        p.put("offsets.topic.replication.factor", replication);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", replication);
        p.put("transaction.state.log.min.isr", minInSync);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", replication);
        p.put("share.coordinator.state.topic.min.isr", minInSync);
        // a replica that fell behind (its node was down) catches up before it can lead again
        p.put("unclean.leader.election.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private static void format(String logDir, int nodeId, String clusterId) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(clusterId)
                    .setNodeId(nodeId)
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(logDir)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setControllerListenerName("CONTROLLER")
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("could not format Kafka storage in " + logDir, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka broker not ready after " + timeout, e);
                    }
                }
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
