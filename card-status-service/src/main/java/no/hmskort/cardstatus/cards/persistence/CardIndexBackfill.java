package no.hmskort.cardstatus.cards.persistence;

import java.time.Clock;
import java.time.Duration;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.platform.jobs.Leases;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Cards stored before {@code card_index} existed would never be judged again when their unit's or
 * holder's facts change. Once per database, at start, every stored card is indexed; indexing is
 * idempotent, so a start interrupted half-way simply does it again.
 */
@Component
public class CardIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(CardIndexBackfill.class);
    private static final String MARKER = "card-index-backfill";

    private final MongoTemplate mongo;
    private final Cards cards;
    private final Clock clock;
    private final Leases leases;

    CardIndexBackfill(MongoTemplate mongo, Cards cards, Clock clock, Leases leases) {
        this.mongo = mongo;
        this.cards = cards;
        this.clock = clock;
        this.leases = leases;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        backfillOnce();
    }

    /**
     * On the replica that gets the lease; the others find the marker, or the work done, at their next start.
     * True if it ran here.
     */
    public boolean backfillOnce() {
        return leases.runExclusively(MARKER, Duration.ofMinutes(30), lease -> backfill());
    }

    private void backfill() {
        if (mongo.findById(MARKER, Document.class, "jobs") != null) {
            return;
        }
        long indexed;
        try (var stored = mongo.stream(new Query(), CardDocument.class)) {
            indexed = stored.peek(document -> cards.index(document.model())).count();
        }
        mongo.save(new Document("_id", MARKER).append("cards", indexed).append("at", clock.instant()), "jobs");
        if (indexed > 0) {
            log.info("Indexed {} cards stored before the card index existed", indexed);
        }
    }
}
