package no.hmskort.localstack.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import no.hmskort.localstack.cluster.FrontDoor.RateLimit;
import no.hmskort.localstack.cluster.FrontDoor.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrontDoorTest {

    private static final String PROBLEM_404 =
            "{\"type\":\"https://hmskort.no/problems/card-not-found\",\"title\":\"Card not found\",\"status\":404}";

    /** The front door's clock: it moves only when a test moves it. */
    private final AtomicLong nanoTime = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Replica a;
    private Replica b;
    private FrontDoor frontDoor;

    @BeforeEach
    void start() throws IOException {
        a = Replica.start("a", 0);
        b = Replica.start("b", 0);
        frontDoor = FrontDoor.start(List.of(new Route(0, List.of(a.address(), b.address()))), new RateLimit(20, 40),
                InetAddress.getLoopbackAddress(), nanoTime::get);
    }

    @AfterEach
    void stop() {
        frontDoor.close();
        a.stop();
        b.stop();
        http.close();
    }

    @Test
    void requests_are_answered_by_the_replicas_in_turn() {
        List<String> answeredBy = IntStream.range(0, 10).mapToObj(i -> get("/api/orders").body()).toList();

        assertThat(answeredBy).containsExactly("a", "b", "a", "b", "a", "b", "a", "b", "a", "b");
    }

    @Test
    void a_post_arrives_as_sent_and_its_answer_comes_back_as_given() throws Exception {
        byte[] upload = new byte[12 * 1024 * 1024];
        new Random(7).nextBytes(upload);

        HttpResponse<String> created = http.send(request("/created").header("X-Forwarded-For", "10.0.0.9")
                .header("Idempotency-Key", "k-1").header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/orders/42");
        assertThat(created.body().lines()).containsExactly("POST /created?x=1%202", "idempotency-key k-1",
                "content-type image/jpeg", "x-forwarded-for 10.0.0.9, 127.0.0.1", "x-forwarded-proto http",
                "x-forwarded-host 127.0.0.1:" + port(), "x-forwarded-port " + port(), "body " + sha256(upload));

        HttpResponse<String> missing = get("/missing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).isEqualTo(PROBLEM_404);
    }

    @Test
    void a_stopped_replica_costs_no_request_while_another_is_up() {
        IntStream.range(0, 4).forEach(i -> get("/api/orders")); // the front door now holds open connections to b
        b.stop();

        List<HttpResponse<String>> answers = IntStream.range(0, 50).mapToObj(i -> get("/api/orders")).toList();

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("a");
        });
    }

    @Test
    void a_replica_that_drops_the_connection_before_answering_costs_no_request() throws IOException {
        b.stop();
        try (ServerSocket dropping = new ServerSocket(b.port, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                while (!dropping.isClosed()) {
                    try (Socket connection = dropping.accept()) {
                        connection.getInputStream().read(); // takes the request, then goes away without a word
                    } catch (IOException e) {
                        // closed at the end of the test
                    }
                }
            });

            List<HttpResponse<String>> answers = IntStream.range(0, 10).mapToObj(i -> post("/api/orders", "{}")).toList();

            assertThat(answers).extracting(HttpResponse::body).containsOnly("a");
        }
    }

    @Test
    void a_replica_set_aside_takes_its_turn_again_after_a_while() throws IOException {
        b.stop();
        get("/api/orders");
        get("/api/orders");
        b = Replica.start("b", b.port);

        assertThat(IntStream.range(0, 4).mapToObj(i -> get("/api/orders").body())).containsOnly("a");
        nanoTime.addAndGet(Replicas.SET_ASIDE.toNanos());
        assertThat(IntStream.range(0, 4).mapToObj(i -> get("/api/orders").body())).containsExactly("a", "b", "a", "b");
    }

    @Test
    void with_every_replica_stopped_the_answer_is_service_unavailable() {
        a.stop();
        b.stop();

        HttpResponse<String> answer = get("/api/orders");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).isEqualTo("{\"type\":\"https://hmskort.no/problems/service-unavailable\","
                + "\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"No replica of this service is answering; try again in a second\"}");
    }

    @Test
    void public_checks_beyond_the_burst_are_refused_without_reaching_a_replica() {
        List<Integer> statuses = IntStream.range(0, 41).mapToObj(i -> get("/api/public/cards/" + i).statusCode())
                .toList();

        assertThat(statuses.subList(0, 40)).containsOnly(200);
        HttpResponse<String> refused = get("/api/public/cards/41");
        assertThat(List.of(statuses.get(40), refused.statusCode())).containsOnly(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).isEqualTo("{\"type\":\"https://hmskort.no/problems/too-many-requests\","
                + "\"title\":\"Too many requests\",\"status\":429,"
                + "\"detail\":\"Too many card checks from this address; try again in a second\"}");
        assertThat(a.requests.get() + b.requests.get()).isEqualTo(40);

        assertThat(IntStream.range(0, 100).map(i -> get("/api/orders").statusCode())).containsOnly(200);
    }

    @Test
    void each_address_has_a_budget_of_its_own() {
        PublicCheckBudget budget = new PublicCheckBudget(new RateLimit(20, 40), nanoTime::get);
        IntStream.range(0, 40).forEach(i -> budget.allows("10.0.0.1"));

        assertThat(budget.allows("10.0.0.1")).isFalse();
        assertThat(budget.allows("10.0.0.2")).isTrue();
    }

    @Test
    void public_checks_in_disguise_spend_the_same_budget() {
        List<String> disguises = List.of("/api/public/%63ards/", "//api/public/cards/", "/api/public;v=1/cards/",
                "/api/./public/cards/", "/api/x/../public/cards/");
        IntStream.range(0, 40).forEach(i -> assertThat(get(disguises.get(i % disguises.size()) + i).statusCode())
                .isEqualTo(200));

        assertThat(get("/api/public/cards/40").statusCode()).isEqualTo(429);
        assertThat(get("/api/public/%63ards/41").statusCode()).isEqualTo(429);
        assertThat(get("/api/public/upload-links/x").statusCode()).isEqualTo(200);
    }

    @Test
    void the_budget_refills_at_its_rate() {
        IntStream.range(0, 40).forEach(i -> get("/api/public/cards/" + i));
        nanoTime.addAndGet(Duration.ofSeconds(1).toNanos());

        List<Integer> statuses = IntStream.range(0, 21).mapToObj(i -> get("/api/public/cards/" + i).statusCode())
                .toList();

        assertThat(statuses.subList(0, 20)).containsOnly(200);
        assertThat(statuses.get(20)).isEqualTo(429);
    }

    @Test
    void the_budget_forgets_addresses_whose_buckets_have_refilled() {
        PublicCheckBudget budget = new PublicCheckBudget(new RateLimit(20, 40), nanoTime::get);
        IntStream.range(0, 1000).forEach(i -> budget.allows("10.0." + i / 256 + "." + i % 256));
        assertThat(budget.callers()).isEqualTo(1000);

        nanoTime.addAndGet(Duration.ofSeconds(2).toNanos());
        budget.allows("10.1.0.1");

        assertThat(budget.callers()).isEqualTo(1);
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String path, String json) {
        try {
            return http.send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String query = path.equals("/created") ? "?x=1%202" : "";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path + query));
    }

    private int port() {
        return frontDoor.ports().getFirst();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A replica that answers with its name, or, for /created, with what it received. */
    private record Replica(String name, int port, HttpServer server, AtomicInteger requests) {

        static Replica start(String name, int port) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            Replica replica = new Replica(name, 0, server, new AtomicInteger());
            server.createContext("/", replica::answer);
            server.start();
            return new Replica(name, server.getAddress().getPort(), server, replica.requests);
        }

        URI address() {
            return URI.create("http://127.0.0.1:" + port);
        }

        void stop() {
            server.stop(0);
        }

        private void answer(HttpExchange exchange) throws IOException {
            requests.incrementAndGet();
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                if (path.equals("/created")) {
                    List<String> received = new ArrayList<>();
                    received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                    for (String header : List.of("Idempotency-Key", "Content-Type", "X-Forwarded-For", "X-Forwarded-Proto",
                            "X-Forwarded-Host", "X-Forwarded-Port")) {
                        received.add(header.toLowerCase() + " " + exchange.getRequestHeaders().getFirst(header));
                    }
                    received.add("body " + sha256(body));
                    exchange.getResponseHeaders().set("Location", "/api/orders/42");
                    send(exchange, 201, "text/plain", String.join("\n", received));
                } else if (path.equals("/missing")) {
                    send(exchange, 404, "application/problem+json", PROBLEM_404);
                } else {
                    send(exchange, 200, "text/plain", name);
                }
            }
        }

        private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
