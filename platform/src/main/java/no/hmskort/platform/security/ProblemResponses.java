package no.hmskort.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security filters, as problem details like every other error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * One answer for every missing or refused token: which check failed (and the validator's own words) would
     * help someone probing for a token that passes, not the honest client, whose token simply must be renewed.
     */
    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, e) -> write(response, ProblemType.UNAUTHENTICATED,
                "A valid, unexpired token from the configured issuer for this API is required", "Bearer");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, ProblemType.FORBIDDEN, "Not allowed", null);
    }

    private static void write(HttpServletResponse response, ProblemType type, String detail, String challenge)
            throws IOException {
        response.setStatus(type.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        // JSON is UTF-8 by definition (RFC 8259): written as bytes, so no charset parameter is added.
        response.getOutputStream().write(("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                + "\",\"status\":" + type.status().value() + ",\"detail\":\"" + escape(detail) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String escape(String text) {
        return String.valueOf(text).replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
    }
}
