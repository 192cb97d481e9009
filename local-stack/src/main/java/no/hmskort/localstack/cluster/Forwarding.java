package no.hmskort.localstack.cluster;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One port of the front door: a public check within its caller's budget, and every other request, goes to the
 * first of the service's replicas that takes the connection, and its answer comes back as the replica gave it.
 *
 * <p>A replica that refuses the connection, or drops it before answering, has not answered, so the request goes
 * to the next. Sending it again is safe for what the services take: an order carries its Idempotency-Key, an
 * upload replaces the line's document.
 */
final class Forwarding implements HttpHandler {

    /** Above the services' own upload limit (10 MB), so that they refuse a too large upload with their detail. */
    static final int MAX_BODY = 32 * 1024 * 1024;

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    /** Headers about one connection, not the request (RFC 9110 7.6.1), and those the front door sets itself. */
    private static final Set<String> NOT_PASSED_ON = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "host", "content-length", "expect", "x-forwarded-for",
            "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port");

    private final Replicas replicas;
    private final HttpClient client;
    private final PublicCheckBudget publicChecks;

    Forwarding(Replicas replicas, HttpClient client, PublicCheckBudget publicChecks) {
        this.replicas = replicas;
        this.client = client;
        this.publicChecks = publicChecks;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String caller = exchange.getRemoteAddress().getAddress().getHostAddress();
            String pathAndQuery = pathAndQuery(exchange.getRequestURI());
            if (PublicCheckBudget.isPublicCheck(pathAndQuery) && !publicChecks.allows(caller)) {
                Problem.TOO_MANY_REQUESTS.answer(exchange);
                return;
            }
            byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                Problem.UPLOAD_TOO_LARGE.answer(exchange);
                return;
            }
            HttpResponse<InputStream> answer;
            try {
                answer = firstAnswer(upstreamRequest(exchange, caller, body), pathAndQuery);
            } catch (HttpTimeoutException e) {
                Problem.GATEWAY_TIMEOUT.answer(exchange);
                return;
            }
            if (answer == null) {
                Problem.SERVICE_UNAVAILABLE.answer(exchange);
            } else {
                relay(answer, exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The first replica's answer, trying each once, in turn; null when none took the request. */
    private HttpResponse<InputStream> firstAnswer(HttpRequest.Builder request, String pathAndQuery)
            throws HttpTimeoutException, InterruptedException {
        for (Replicas.Replica replica : replicas.inTurn()) {
            try {
                HttpResponse<InputStream> answer = client.send(request.copy().uri(URI.create(replica.address()
                        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofInputStream());
                replicas.answered(replica);
                return answer;
            } catch (HttpConnectTimeoutException e) {
                replicas.refused(replica, e);
            } catch (HttpTimeoutException e) {
                throw e; // it took the request and may be doing it: sending it elsewhere could do it twice
            } catch (IOException e) {
                replicas.refused(replica, e);
            }
        }
        return null;
    }

    private static HttpRequest.Builder upstreamRequest(HttpExchange exchange, String caller, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(ANSWER_WITHIN).method(exchange.getRequestMethod(),
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        Headers headers = exchange.getRequestHeaders();
        Set<String> connectionOnly = namedInConnection(headers.get("Connection"));
        headers.forEach((name, values) -> {
            if (passedOn(name, connectionOnly)) {
                values.forEach(value -> request.header(name, value));
            }
        });
        List<String> forwardedFor = headers.getOrDefault("X-Forwarded-For", List.of());
        request.header("X-Forwarded-For", forwardedFor.isEmpty() ? caller : String.join(", ", forwardedFor) + ", " + caller);
        request.header("X-Forwarded-Proto", "http");
        request.header("X-Forwarded-Port", Integer.toString(exchange.getLocalAddress().getPort()));
        if (headers.containsKey("Host")) {
            request.header("X-Forwarded-Host", headers.getFirst("Host"));
        }
        return request;
    }

    private static void relay(HttpResponse<InputStream> answer, HttpExchange exchange) throws IOException {
        HttpHeaders headers = answer.headers();
        Set<String> connectionOnly = namedInConnection(headers.allValues("Connection"));
        headers.map().forEach((name, values) -> {
            if (passedOn(name, connectionOnly)) {
                values.forEach(value -> exchange.getResponseHeaders().add(name, value));
            }
        });
        int status = answer.statusCode();
        boolean bodiless = exchange.getRequestMethod().equals("HEAD") || status == 204 || status == 304;
        long length = headers.firstValueAsLong("Content-Length").orElse(-1);
        // the server's own encoding of the length: -1 no body, 0 chunked (the replica did not say), else the length
        try (InputStream body = answer.body()) {
            exchange.sendResponseHeaders(status, bodiless || length == 0 ? -1 : Math.max(length, 0));
            if (!bodiless) {
                body.transferTo(exchange.getResponseBody());
            }
        }
    }

    private static boolean passedOn(String name, Set<String> connectionOnly) {
        String lowerCase = name.toLowerCase(Locale.ROOT);
        return !NOT_PASSED_ON.contains(lowerCase) && !connectionOnly.contains(lowerCase);
    }

    /** Headers the sender named in Connection are about that connection only. */
    private static Set<String> namedInConnection(List<String> connection) {
        Set<String> names = new HashSet<>();
        if (connection != null) {
            connection.forEach(value -> Arrays.stream(value.split(",")).map(name -> name.trim().toLowerCase(Locale.ROOT))
                    .forEach(names::add));
        }
        return names;
    }

    /** As sent: in a request line {@code //x/y} is a path, where a URI would read a host {@code x}. */
    private static String pathAndQuery(URI requested) {
        if (requested.getScheme() == null) {
            return requested.getRawSchemeSpecificPart();
        }
        return requested.getRawQuery() == null ? requested.getRawPath()
                : requested.getRawPath() + "?" + requested.getRawQuery();
    }
}
