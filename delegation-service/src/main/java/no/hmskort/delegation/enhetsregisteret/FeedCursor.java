package no.hmskort.delegation.enhetsregisteret;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far the adapter has read one feed, with the events of the updates read: the cursor advances and
 * the events are stored in the same single-document write, so an update is never skipped nor lost.
 */
@Document("enhetsregisteret_feed")
class FeedCursor {

    @Id
    String kind;
    @Version
    Long version;
    long nextUpdateId;
    List<OutboxMessage> outbox = new ArrayList<>();
}
