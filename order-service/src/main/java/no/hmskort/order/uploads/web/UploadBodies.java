package no.hmskort.order.uploads.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.uploads.model.DocumentChecks;

/**
 * Reads an upload's body (the raw bytes, with their content type) without ever holding more than the
 * maximum size plus one byte: an oversized upload is refused by its declared length before reading, or as
 * soon as it proves longer.
 */
final class UploadBodies {

    private UploadBodies() {
    }

    static byte[] read(HttpServletRequest request, DocumentChecks checks, DocumentKind kind) {
        long max = checks.maxBytes();
        if (request.getContentLengthLong() > max) {
            throw UploadProblems.problem(checks.tooLarge(kind));
        }
        try {
            byte[] content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (content.length > max) {
                throw UploadProblems.problem(checks.tooLarge(kind));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
