package no.hmskort.platform.messaging;

/**
 * A message that can never be processed, however often it is retried: it goes straight to the
 * dead-letter topic with this reason, and the consumer goes on with the next.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }
}
