package no.hmskort.platform.deadletters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which dead letters were replayed, by whom and when: one document per dead letter in the service's own
 * database ({@code dead_letter_replays}), keyed by dead-letter topic, partition and offset. A replay first
 * claims the dead letter by inserting that document (insert-once: a second claim, from this replica or
 * another, finds it taken), publishes, and then confirms. A claim whose publishing failed is withdrawn; a
 * claim never confirmed (its replica died between the two) may be taken over once it is older than
 * {@code staleAfter}, so a crash cannot keep a dead letter from ever being replayed.
 *
 * <p>Runs on the system clock, never on a business clock a test may move.
 */
public class DeadLetterReplays {

    static final String COLLECTION = "dead_letter_replays";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration staleAfter;

    public DeadLetterReplays(MongoTemplate mongo, Clock clock, Duration staleAfter) {
        this.mongo = mongo;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** A dead letter's replay: who replays it, since when, and when the broker took it (null until then). */
    public record Replay(DeadLetterId deadLetter, String by, Instant claimedAt, Instant replayedAt) {

        public boolean done() {
            return replayedAt != null;
        }
    }

    /** The outcome of claiming: either this request may replay it ({@code claim}), or {@code existing} stands. */
    public record Claim(String token, Replay existing) {

        public boolean taken() {
            return token != null;
        }
    }

    public Claim claim(DeadLetterId id, String originalTopic, String eventId, String by) {
        Instant now = clock.instant();
        String token = UUID.randomUUID().toString();
        try {
            mongo.insert(new Document("_id", id.key()).append("topic", id.topic()).append("partition", id.partition())
                    .append("offset", id.offset()).append("originalTopic", originalTopic).append("eventId", eventId)
                    .append("by", by).append("claim", token).append("claimedAt", Date.from(now))
                    .append("replayedAt", null), COLLECTION);
            return new Claim(token, null);
        } catch (DuplicateKeyException claimedBefore) {
            Query unconfirmedAndStale = new Query(new Criteria().andOperator(Criteria.where("_id").is(id.key()),
                    Criteria.where("replayedAt").is(null),
                    Criteria.where("claimedAt").lt(Date.from(now.minus(staleAfter)))));
            if (mongo.updateFirst(unconfirmedAndStale, new Update().set("by", by).set("claim", token)
                    .set("claimedAt", Date.from(now)), COLLECTION).getMatchedCount() == 1) {
                return new Claim(token, null);
            }
            return new Claim(null, find(id).orElseThrow());
        }
    }

    /** The broker took the replayed record: the replay is done, for good. */
    public void confirm(DeadLetterId id, String token) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id.key()).and("claim").is(token)),
                new Update().set("replayedAt", Date.from(clock.instant())), COLLECTION);
    }

    /** Publishing failed: the claim is withdrawn, so the dead letter can be replayed again. */
    public void withdraw(DeadLetterId id, String token) {
        mongo.remove(new Query(new Criteria().andOperator(Criteria.where("_id").is(id.key()),
                Criteria.where("claim").is(token), Criteria.where("replayedAt").is(null))), COLLECTION);
    }

    public Optional<Replay> find(DeadLetterId id) {
        return Optional.ofNullable(mongo.findById(id.key(), Document.class, COLLECTION)).map(DeadLetterReplays::replay);
    }

    /** Every replay (done or claimed) of the dead letters on one dead-letter topic, by dead letter. */
    public Map<DeadLetterId, Replay> onTopic(String deadLetterTopic) {
        Map<DeadLetterId, Replay> replays = new HashMap<>();
        for (Document document : mongo.find(new Query(Criteria.where("topic").is(deadLetterTopic)), Document.class,
                COLLECTION)) {
            Replay replay = replay(document);
            replays.put(replay.deadLetter(), replay);
        }
        return replays;
    }

    private static Replay replay(Document document) {
        Date replayedAt = document.getDate("replayedAt");
        return new Replay(new DeadLetterId(document.getString("topic"), document.getInteger("partition"),
                ((Number) document.get("offset")).longValue()), document.getString("by"),
                document.getDate("claimedAt").toInstant(), replayedAt == null ? null : replayedAt.toInstant());
    }
}
