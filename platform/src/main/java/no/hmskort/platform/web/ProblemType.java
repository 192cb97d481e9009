package no.hmskort.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A kind of error with a stable {@code type} URI that integrators can switch on. The common kinds are
 * here; services add their own with {@link #of}. docs/problems.md lists them all.
 */
public record ProblemType(String slug, HttpStatus status, String title) {

    public static final String BASE = "https://hmskort.no/problems/";

    public static final ProblemType VALIDATION = of("validation", HttpStatus.BAD_REQUEST, "The request has invalid fields");
    public static final ProblemType MALFORMED_REQUEST =
            of("malformed-request", HttpStatus.BAD_REQUEST, "The request body could not be read");
    public static final ProblemType UNAUTHENTICATED =
            of("unauthenticated", HttpStatus.UNAUTHORIZED, "A valid ID-porten or client token is required");
    public static final ProblemType FORBIDDEN = of("forbidden", HttpStatus.FORBIDDEN, "Not allowed");
    public static final ProblemType NO_RIGHTS_FOR_BUSINESS = of("no-rights-for-business", HttpStatus.FORBIDDEN,
            "You have no rights to act for this business");
    public static final ProblemType NOT_FOUND = of("not-found", HttpStatus.NOT_FOUND, "Not found");
    public static final ProblemType CONFLICT = of("conflict", HttpStatus.CONFLICT, "Conflicts with the current state");
    public static final ProblemType CONCURRENT_CHANGE = of("concurrent-change", HttpStatus.CONFLICT,
            "Changed by others at the same moment; try again");
    public static final ProblemType TOO_MANY_REQUESTS =
            of("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests");
    public static final ProblemType INTERNAL = of("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    public static ProblemType of(String slug, HttpStatus status, String title) {
        return new ProblemType(slug, status, title);
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The platform's type for a status Spring raised itself (405, 406, 415, ...). */
    static URI forStatus(int status) {
        return URI.create(BASE + "http-" + status);
    }
}
