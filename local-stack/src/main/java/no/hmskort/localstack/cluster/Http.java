package no.hmskort.localstack.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * HTTP as a patient client of the local cluster: a request that meets a process being killed or restarted
 * (a refused connection, a 5xx, a 409 to retry) is sent again, the same request each time, until it answers or
 * the patience runs out. Safe because every request the fault suite repeats is idempotent (an order carries
 * its Idempotency-Key; an upload replaces the line's document; a confirmation confirms once).
 */
final class Http {

    static final Duration PATIENCE = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    record Answer(int status, String body) {
    }

    Answer send(Supplier<HttpRequest.Builder> request) {
        Instant deadline = Instant.now().plus(PATIENCE);
        long pause = 100;
        while (true) {
            try {
                HttpResponse<String> response = client.send(request.get().timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (!retryable(response.statusCode(), response.body()) || Instant.now().isAfter(deadline)) {
                    return new Answer(response.statusCode(), response.body());
                }
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("no answer within " + PATIENCE, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause = Math.min(pause * 2, 2_000);
        }
    }

    Answer get(String url, String token) {
        return send(() -> authorised(HttpRequest.newBuilder(URI.create(url)).GET(), token));
    }

    Answer postJson(String url, String token, String json, String idempotencyKey) {
        return send(() -> {
            HttpRequest.Builder builder = authorised(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), token);
            return idempotencyKey == null ? builder : builder.header("Idempotency-Key", idempotencyKey);
        });
    }

    /** A simulator call: its answers are 2xx or an error worth retrying. */
    Answer postJsonSimulator(String url, String json) {
        return postJson(url, null, json, null);
    }

    Answer putJson(String url, String json) {
        return send(() -> HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer putBytes(String url, String token, String contentType, byte[] body) {
        return send(() -> authorised(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)), token));
    }

    Answer form(String url, String form) {
        return send(() -> HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, String token) {
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Worth sending again: the server or a dependency was away, or asked for a retry. */
    private static boolean retryable(int status, String body) {
        return status >= 500 || status == 429
                || status == 409 && (body.contains("concurrent-change") || body.contains("business-not-known-yet"));
    }
}
