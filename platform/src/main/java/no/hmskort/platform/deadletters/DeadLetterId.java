package no.hmskort.platform.deadletters;

/** Where a dead letter lies: its dead-letter topic, partition and offset. Names it for good. */
public record DeadLetterId(String topic, int partition, long offset) {

    /** The key of its replay record: one per dead letter, whichever replica replays it. */
    String key() {
        return topic + "/" + partition + "/" + offset;
    }

    @Override
    public String toString() {
        return key();
    }
}
