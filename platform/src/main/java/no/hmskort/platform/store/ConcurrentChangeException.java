package no.hmskort.platform.store;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A stored model kept changing under every attempt to change it. The web room answers 409
 * {@code concurrent-change} with Retry-After (it is an {@link OptimisticLockingFailureException}); a consumer
 * lets the message be redelivered.
 */
public class ConcurrentChangeException extends OptimisticLockingFailureException {

    public ConcurrentChangeException(String what, int attempts) {
        super(what + " kept changing under " + attempts + " attempts");
    }
}
