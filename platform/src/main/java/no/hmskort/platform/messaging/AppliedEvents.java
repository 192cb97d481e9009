package no.hmskort.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ids of the latest events applied to a document, kept inside it, so that applying an event and
 * remembering it are one single-document write. A redelivered event is then recognised and skipped.
 * Bounded: Kafka redelivers recent events (after a rebalance or a crash), not ancient ones, and those a
 * document also guards by its own state.
 */
public class AppliedEvents {

    static final int REMEMBERED = 64;

    private List<String> ids = new ArrayList<>();

    public boolean contains(UUID eventId) {
        return ids.contains(eventId.toString());
    }

    /** Remembers the event; false if it was already applied (the caller then changes nothing). */
    public boolean remember(UUID eventId) {
        if (contains(eventId)) {
            return false;
        }
        ids.add(eventId.toString());
        if (ids.size() > REMEMBERED) {
            ids.remove(0);
        }
        return true;
    }

    public List<String> getIds() {
        return ids;
    }

    public void setIds(List<String> ids) {
        this.ids = new ArrayList<>(ids);
    }
}
