package no.hmskort.order.uploads.model;

/**
 * An upload, or the link it came through, refused: the rule that refuses it and words the uploader can act
 * on (never the bytes). Thrown from deep inside the parsers, so it is an exception; the web room answers
 * each reason with its own problem type.
 */
public class UploadRefused extends RuntimeException {

    /** The upload rules, each named once. */
    public enum Reason {
        UNSUPPORTED_DOCUMENT_TYPE,
        NOT_AN_IMAGE,
        IMAGE_TOO_SMALL,
        NOT_A_PDF,
        UPLOAD_TOO_LARGE,
        EMPTY_UPLOAD,
        LINK_UNKNOWN,
        LINK_EXPIRED,
        LINK_REVOKED,
        LINK_USED
    }

    private final Reason reason;

    public UploadRefused(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
