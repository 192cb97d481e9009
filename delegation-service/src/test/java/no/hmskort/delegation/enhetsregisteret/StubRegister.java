package no.hmskort.delegation.enhetsregisteret;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enhetsregisteret's open API, played by a local HTTP server answering with responses recorded in the
 * register's own format (src/test/resources/enhetsregisteret). Can be told to fail.
 */
final class StubRegister implements AutoCloseable {

    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresToCome = new AtomicInteger();

    StubRegister() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String key = exchange.getRequestURI().getPath() + (exchange.getRequestURI().getQuery() == null ? ""
                    : "?" + exchange.getRequestURI().getQuery());
            Answer answer = failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0
                    ? new Answer(503, "{\"status\":503,\"error\":\"Service Unavailable\"}")
                    : answers.getOrDefault(key, new Answer(404, "{\"status\":404,\"error\":\"Not Found\"}"));
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(String pathAndQuery, int status, String body) {
        answers.put(pathAndQuery, new Answer(status, body));
    }

    void answerWithRecording(String pathAndQuery, String recording) {
        answer(pathAndQuery, 200, recording(recording));
    }

    void failNext(int count) {
        failuresToCome.set(count);
    }

    int requests() {
        return requests.get();
    }

    void reset() {
        answers.clear();
        failuresToCome.set(0);
        requests.set(0);
    }

    static String recording(String name) {
        try (InputStream in = StubRegister.class.getResourceAsStream("/enhetsregisteret/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
