package no.hmskort.platform.deadletters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.hmskort.platform.deadletters.DeadLetterReplays.Claim;
import no.hmskort.platform.deadletters.DeadLetterReplays.Replay;
import no.hmskort.platform.deadletters.DeadLetterTopics.ReplayFailedException;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator looks at this service's dead letters and sends chosen ones back to the topic they came from,
 * each at most once (a replay is recorded before it is published; a second request, here or on another
 * replica, is told who replayed it and when). A replayed record that fails again is dead-lettered again, as a
 * new dead letter at a new offset.
 */
public class ReplayingDeadLetters {

    private static final Logger log = LoggerFactory.getLogger(ReplayingDeadLetters.class);

    private final DeadLetterTopics topics;
    private final DeadLetterReplays replays;

    public ReplayingDeadLetters(DeadLetterTopics topics, DeadLetterReplays replays) {
        this.topics = topics;
        this.replays = replays;
    }

    /** A dead letter and its replay, if it has one (done, or claimed by a replay under way). */
    public record Listed(DeadLetter letter, Replay replay) {
    }

    /** Which dead letters to replay: the named ones, or every one on a dead-letter topic. */
    public sealed interface Selection {
    }

    public record Named(List<DeadLetterId> deadLetters) implements Selection {
    }

    public record AllOn(String topic) implements Selection {
    }

    public record Replayed(DeadLetter letter, String topic, int partition, long offset) {
    }

    public record Skipped(DeadLetterId deadLetter, String reason) {
    }

    public record Outcome(List<Replayed> replayed, List<Skipped> skipped) {
    }

    /** The dead letters on the given topics (this service's own; the caller has checked them). */
    public List<Listed> list(List<String> deadLetterTopics) {
        List<Listed> listed = new ArrayList<>();
        for (String topic : deadLetterTopics) {
            Map<DeadLetterId, Replay> done = replays.onTopic(topic);
            for (DeadLetter letter : topics.read(topic)) {
                listed.add(new Listed(letter, done.get(letter.id())));
            }
        }
        return listed;
    }

    /** Replays the chosen dead letters in topic, partition and offset order; {@code by} names the operator. */
    public Outcome replay(Selection selection, String by) {
        List<Replayed> replayed = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, List<DeadLetterId>> wanted = wanted(selection);
        try (DeadLetterTopics.Replayer replayer = topics.replayer()) {
            for (var topic : wanted.entrySet()) {
                Map<DeadLetterId, DeadLetter> onTopic = topics.read(topic.getKey()).stream()
                        .collect(Collectors.toMap(DeadLetter::id, Function.identity()));
                List<DeadLetterId> ids = selection instanceof AllOn ? onTopic.keySet().stream()
                        .sorted(Comparator.comparing(DeadLetterId::partition)
                                .thenComparing(DeadLetterId::offset)).toList() : topic.getValue();
                for (DeadLetterId id : ids) {
                    DeadLetter letter = onTopic.get(id);
                    if (letter == null) {
                        skipped.add(new Skipped(id, "no such record on " + id.topic()));
                        continue;
                    }
                    replayOne(letter, by, replayer, replayed, skipped);
                }
            }
        }
        return new Outcome(replayed, skipped);
    }

    private void replayOne(DeadLetter letter, String by, DeadLetterTopics.Replayer replayer, List<Replayed> replayed,
            List<Skipped> skipped) {
        DeadLetterId id = letter.id();
        String original = topics.originalOf(id.topic()).orElseThrow();
        String eventId = letter.cloudEvent().map(DeadLetter.CloudEventAttributes::id).orElse(null);
        Claim claim = replays.claim(id, original, eventId, by);
        if (!claim.taken()) {
            Replay earlier = claim.existing();
            skipped.add(new Skipped(id, earlier.done()
                    ? "already replayed by " + earlier.by() + " at " + earlier.replayedAt()
                    : "being replayed by " + earlier.by() + " since " + earlier.claimedAt()));
            return;
        }
        try {
            RecordMetadata sent = replayer.publish(letter);
            replays.confirm(id, claim.token());
            log.info("Dead letter {} replayed to {}-{}@{} by {}", id, sent.topic(), sent.partition(), sent.offset(), by);
            replayed.add(new Replayed(letter, sent.topic(), sent.partition(), sent.offset()));
        } catch (ReplayFailedException e) {
            replays.withdraw(id, claim.token());
            log.warn("Dead letter {} not replayed: {}", id, e.getMessage());
            skipped.add(new Skipped(id, "not published, try again: " + e.getMessage()));
        }
    }

    /** The chosen dead letters by topic, each once, in the order named. */
    private static Map<String, List<DeadLetterId>> wanted(Selection selection) {
        Map<String, List<DeadLetterId>> wanted = new LinkedHashMap<>();
        switch (selection) {
            case AllOn all -> wanted.put(all.topic(), List.of());
            case Named named -> {
                Set<DeadLetterId> once = new LinkedHashSet<>(named.deadLetters());
                once.forEach(id -> wanted.computeIfAbsent(id.topic(), t -> new ArrayList<>()).add(id));
            }
        }
        return wanted;
    }
}
