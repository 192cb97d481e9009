package no.hmskort.order.ordering.model;

/** A change the line's state does not allow (e.g. cancelling a line that is in production). */
public class LineStateException extends RuntimeException {

    public LineStateException(String message) {
        super(message);
    }
}
