package no.hmskort.localstack.cluster;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** What the front door answers itself, as problem details like the services' (docs/problems.md). */
enum Problem {

    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests",
            "Too many card checks from this address; try again in a second", true),
    UPLOAD_TOO_LARGE(413, "upload-too-large", "The upload is larger than the maximum size",
            "The request body is larger than " + Forwarding.MAX_BODY / (1024 * 1024) + " MB", false),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable",
            "No replica of this service is answering; try again in a second", true),
    /** The replica took the request and may still be doing it, so it is not sent to another. */
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Gateway timeout",
            "The service did not answer within 60 seconds; the request may or may not have been carried out", false);

    private final int status;
    private final byte[] body;
    private final boolean retryAfterASecond;

    Problem(int status, String slug, String title, String detail, boolean retryAfterASecond) {
        this.status = status;
        this.body = ("{\"type\":\"https://hmskort.no/problems/" + slug + "\",\"title\":\"" + title + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        this.retryAfterASecond = retryAfterASecond;
    }

    void answer(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        if (retryAfterASecond) {
            exchange.getResponseHeaders().set("Retry-After", "1");
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
