package no.hmskort.order.ordering.model;

import java.time.Instant;

/** An operator's refusal of a line's identity check: the employer sees why, and can upload again. */
public record Rejection(Reason reason, String note, Instant at) {

    /** Why the documents do not prove the holder's identity, each naming what to send again. */
    public enum Reason {
        BAD_PHOTO("the photo does not meet the photo rules", DocumentKind.PHOTO),
        ID_COPY_UNREADABLE("the ID copy cannot be read", DocumentKind.ID_COPY),
        NAME_MISMATCH("the name on the ID document does not match the order", DocumentKind.ID_COPY),
        DOCUMENT_EXPIRED("the ID document has expired", DocumentKind.ID_COPY);

        private final String text;
        private final DocumentKind resend;

        Reason(String text, DocumentKind resend) {
            this.text = text;
            this.resend = resend;
        }

        public String text() {
            return text;
        }

        /** The document the rejection discards, to be uploaded again. */
        public DocumentKind resend() {
            return resend;
        }
    }
}
