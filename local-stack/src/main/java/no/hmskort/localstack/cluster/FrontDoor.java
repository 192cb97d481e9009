package no.hmskort.localstack.cluster;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The local cluster's front door: on each service's usual port it passes every request to the service's
 * replicas in turn, so that clients use the same URLs as with the one-JVM local stack. A replica that is killed
 * or restarting costs the client nothing while another is up ({@link Replicas}). The public check's budget per
 * client address is kept here, in one place, because a budget per replica would let a caller have it once per
 * replica, and behind the front door every request reaches a replica from the front door's address (ADR 0030).
 *
 * <p>{@code front-door --route 8081=127.0.0.1:18081,127.0.0.1:28081 [--route ...] --public-check-rate 20
 * --public-check-burst 40 --bind 127.0.0.1}
 */
public final class FrontDoor implements AutoCloseable {

    /** A listening port and the replicas behind it: {@code 8081=127.0.0.1:18081,127.0.0.1:28081}. */
    public record Route(int port, List<URI> replicas) {

        public Route {
            replicas = List.copyOf(replicas);
            if (replicas.isEmpty()) {
                throw new IllegalArgumentException("a route needs at least one replica");
            }
        }

        public static Route parse(String text) {
            String[] portAndReplicas = text.split("=", 2);
            if (portAndReplicas.length != 2) {
                throw new IllegalArgumentException("expected port=host:port,host:port, got " + text);
            }
            return new Route(Integer.parseInt(portAndReplicas[0].trim()), Arrays.stream(portAndReplicas[1].split(","))
                    .map(String::trim).map(replica -> URI.create("http://" + replica)).toList());
        }

        @Override
        public String toString() {
            return port + "=" + replicas.stream().map(URI::getAuthority).collect(Collectors.joining(","));
        }
    }

    /** The public check's budget per client address: {@code perSecond} on average, up to {@code burst} at once. */
    public record RateLimit(double perSecond, int burst) {

        public RateLimit {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("a rate above 0 and a burst of at least 1 are needed");
            }
        }
    }

    /** Connections arriving at once (a load test opening its pool) should wait in the queue, not be refused. */
    private static final int BACKLOG = 1024;

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<ExecutorService> executors = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1)).followRedirects(HttpClient.Redirect.NEVER).build();

    private FrontDoor() {
    }

    /** Listens on every route's port of the loopback address until closed. */
    public static FrontDoor start(List<Route> routes, RateLimit publicChecks) {
        return start(routes, publicChecks, InetAddress.getLoopbackAddress(), System::nanoTime);
    }

    /** @param nanoTime the clock of the budget and of setting replicas aside (a test moves it by hand) */
    static FrontDoor start(List<Route> routes, RateLimit publicChecks, InetAddress bind, LongSupplier nanoTime) {
        FrontDoor frontDoor = new FrontDoor();
        PublicCheckBudget budget = new PublicCheckBudget(publicChecks, nanoTime);
        try {
            for (Route route : routes) {
                HttpServer server = HttpServer.create(new InetSocketAddress(bind, route.port()), BACKLOG);
                ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
                frontDoor.executors.add(executor);
                server.setExecutor(executor);
                server.createContext("/", new Forwarding(new Replicas(route.replicas(), nanoTime), frontDoor.client,
                        budget));
                server.start();
                frontDoor.servers.add(server);
            }
        } catch (IOException e) {
            frontDoor.close();
            throw new UncheckedIOException("the front door could not listen on every port of " + routes, e);
        }
        return frontDoor;
    }

    /** The ports listened on, in the order of the routes (a route's port 0 is any free port). */
    public List<Integer> ports() {
        return servers.stream().map(server -> server.getAddress().getPort()).toList();
    }

    /** At once: the requests under way are cut off, as a stopped proxy's would be. */
    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
        executors.forEach(ExecutorService::shutdownNow);
        client.shutdownNow();
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, List<String>> options = options(args);
        List<Route> routes = options.getOrDefault("route", List.of()).stream().map(Route::parse).toList();
        if (routes.isEmpty()) {
            throw new IllegalArgumentException("at least one --route port=host:port,host:port is needed");
        }
        RateLimit publicChecks = new RateLimit(Double.parseDouble(last(options, "public-check-rate", "20")),
                Integer.parseInt(last(options, "public-check-burst", "40")));
        InetAddress bind;
        try {
            bind = InetAddress.getByName(last(options, "bind", "127.0.0.1"));
        } catch (IOException e) {
            throw new IllegalArgumentException("--bind must be an address", e);
        }
        FrontDoor frontDoor = start(routes, publicChecks, bind, System::nanoTime);
        Runtime.getRuntime().addShutdownHook(new Thread(frontDoor::close, "front-door-stop"));
        List<Integer> ports = frontDoor.ports();
        List<String> listening = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            listening.add(new Route(ports.get(i), routes.get(i).replicas()).toString());
        }
        System.out.println("front door ready " + String.join(" ", listening) + " (public checks " + publicChecks.perSecond()
                + "/s, burst " + publicChecks.burst() + ")");
        Thread.currentThread().join();
    }

    /** {@code --name value} or {@code --name=value}; a name may be given more than once (--route). */
    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String[] nameAndValue = args[i].split("=", 2);
            String name = nameAndValue[0];
            if (!name.startsWith("--") || nameAndValue.length == 1 && i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            String value = nameAndValue.length == 2 ? nameAndValue[1] : args[++i];
            if (!List.of("--route", "--public-check-rate", "--public-check-burst", "--bind").contains(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            options.computeIfAbsent(name.substring(2), n -> new ArrayList<>()).add(value);
        }
        return options;
    }

    private static String last(Map<String, List<String>> options, String name, String otherwise) {
        return options.getOrDefault(name, List.of(otherwise)).getLast();
    }
}
