package no.hmskort.order.uploads.web;

import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.web.Problems;
import no.hmskort.order.uploads.model.UploadRule;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Each refused upload or link as the problem the client reads: one type per rule. */
final class UploadProblems {

    static final ProblemType UNSUPPORTED_DOCUMENT_TYPE = ProblemType.of("unsupported-document-type",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Photos are JPEG or PNG; ID copies JPEG, PNG or PDF");
    static final ProblemType NOT_AN_IMAGE = ProblemType.of("not-an-image", HttpStatus.UNPROCESSABLE_CONTENT,
            "The upload does not decode as the image it claims to be");
    static final ProblemType IMAGE_TOO_SMALL = ProblemType.of("image-too-small",
            HttpStatus.UNPROCESSABLE_CONTENT, "The image's resolution is below the minimum");
    static final ProblemType NOT_A_PDF = ProblemType.of("not-a-pdf", HttpStatus.UNPROCESSABLE_CONTENT,
            "The upload is not a readable PDF document");
    static final ProblemType UPLOAD_TOO_LARGE = ProblemType.of("upload-too-large", HttpStatus.CONTENT_TOO_LARGE,
            "The upload is larger than the maximum size");
    static final ProblemType EMPTY_UPLOAD = ProblemType.of("empty-upload", HttpStatus.BAD_REQUEST,
            "The upload has no content");
    static final ProblemType LINK_UNKNOWN = ProblemType.of("upload-link-unknown", HttpStatus.NOT_FOUND,
            "No such upload link");
    static final ProblemType LINK_EXPIRED = ProblemType.of("upload-link-expired", HttpStatus.GONE,
            "The upload link has expired");
    static final ProblemType LINK_REVOKED = ProblemType.of("upload-link-revoked", HttpStatus.GONE,
            "The upload link was revoked by the orderer");
    static final ProblemType LINK_USED = ProblemType.of("upload-link-used", HttpStatus.GONE,
            "Both documents were uploaded through this link; it cannot be used again");

    private UploadProblems() {
    }

    /** The value of an upload use case that did it, or the problem of the rule, upload or ordering, that refused it. */
    static <T> T answer(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused);
        };
    }

    static ApiProblem problem(Outcome.Refused<?> refused) {
        return refused.rule() instanceof UploadRule rule ? new ApiProblem(type(rule), refused.detail())
                : Problems.problem(refused);
    }

    private static ProblemType type(UploadRule rule) {
        return switch (rule) {
            case UNSUPPORTED_DOCUMENT_TYPE -> UNSUPPORTED_DOCUMENT_TYPE;
            case NOT_AN_IMAGE -> NOT_AN_IMAGE;
            case IMAGE_TOO_SMALL -> IMAGE_TOO_SMALL;
            case NOT_A_PDF -> NOT_A_PDF;
            case UPLOAD_TOO_LARGE -> UPLOAD_TOO_LARGE;
            case EMPTY_UPLOAD -> EMPTY_UPLOAD;
            case LINK_UNKNOWN -> LINK_UNKNOWN;
            case LINK_EXPIRED -> LINK_EXPIRED;
            case LINK_REVOKED -> LINK_REVOKED;
            case LINK_USED -> LINK_USED;
        };
    }
}
