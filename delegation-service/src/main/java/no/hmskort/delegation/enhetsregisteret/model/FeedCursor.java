package no.hmskort.delegation.enhetsregisteret.model;

/** How far one update feed has been read: the next update to read is {@code nextUpdateId}. */
public record FeedCursor(UpdateKind kind, long nextUpdateId) {

    /** Still where a reader found it: no other reader took the updates from there meanwhile. */
    public boolean isAt(long updateId) {
        return nextUpdateId == updateId;
    }

    public FeedCursor advancedTo(long next) {
        return new FeedCursor(kind, next);
    }
}
