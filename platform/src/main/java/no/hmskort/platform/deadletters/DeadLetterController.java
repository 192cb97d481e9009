package no.hmskort.platform.deadletters;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.hmskort.platform.deadletters.ReplayingDeadLetters.AllOn;
import no.hmskort.platform.deadletters.ReplayingDeadLetters.Listed;
import no.hmskort.platform.deadletters.ReplayingDeadLetters.Named;
import no.hmskort.platform.deadletters.ReplayingDeadLetters.Outcome;
import no.hmskort.platform.deadletters.ReplayingDeadLetters.Selection;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator tools, in every service: this service's dead letters, and replaying them to the topics they came
 * from. What is shown of a dead letter never includes its value, which may hold personal data.
 */
@RestController
@RequestMapping("/api/operator/dead-letters")
class DeadLetterController {

    static final ProblemType UNKNOWN_TOPIC = ProblemType.of("unknown-dead-letter-topic", HttpStatus.BAD_REQUEST,
            "Not a dead-letter topic of this service");

    private final ReplayingDeadLetters replaying;
    private final DeadLetterTopics topics;
    private final String service;

    DeadLetterController(ReplayingDeadLetters replaying, DeadLetterTopics topics, String service) {
        this.replaying = replaying;
        this.topics = topics;
        this.service = service;
    }

    record Listing(List<String> topics, List<DeadLetterView> deadLetters) {
    }

    /** A dead letter without its value: where it lies, where it came from, why, and whether it was replayed. */
    record DeadLetterView(String topic, int partition, long offset, String originalTopic, Integer originalPartition,
            Long originalOffset, String key, String eventType, String eventId, String reason, Instant deadLetteredAt,
            boolean replayed, String replayedBy, Instant replayedAt) {

        static DeadLetterView of(Listed listed, DeadLetterTopics topics) {
            DeadLetter letter = listed.letter();
            DeadLetterId id = letter.id();
            var event = letter.cloudEvent();
            boolean replayed = listed.replay() != null && listed.replay().done();
            return new DeadLetterView(id.topic(), id.partition(), id.offset(),
                    letter.originalTopic().orElse(topics.originalOf(id.topic()).orElse(null)),
                    letter.originalPartition().orElse(null), letter.originalOffset().orElse(null), letter.key(),
                    event.map(DeadLetter.CloudEventAttributes::type).orElse(null),
                    event.map(DeadLetter.CloudEventAttributes::id).orElse(null), letter.reason(), letter.deadLetteredAt(),
                    replayed, replayed ? listed.replay().by() : null, replayed ? listed.replay().replayedAt() : null);
        }
    }

    /** Either {@code deadLetters} (the ones to replay) or {@code all: true} with a {@code topic}. */
    record ReplayRequest(List<Coordinates> deadLetters, Boolean all, String topic) {
    }

    record Coordinates(String topic, Integer partition, Long offset) {
    }

    record ReplayAnswer(List<ReplayedView> replayed, List<SkippedView> skipped) {
    }

    record ReplayedView(String topic, int partition, long offset, String eventType, String eventId,
            String replayedTo, int replayedPartition, long replayedOffset) {
    }

    record SkippedView(String topic, int partition, long offset, String reason) {
    }

    @Operation(summary = "This service's dead letters (without their values), and whether each was replayed",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("unknown-dead-letter-topic")
    @GetMapping
    Listing list(Caller caller, @RequestParam(required = false) String topic) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        List<String> chosen = topic == null ? topics.names() : List.of(known(topic, "topic"));
        return new Listing(topics.names(), replaying.list(chosen).stream()
                .map(listed -> DeadLetterView.of(listed, topics)).toList());
    }

    @Operation(summary = "Publish dead letters again to the topics they came from, each once",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("unknown-dead-letter-topic")
    @PostMapping("/replay")
    ReplayAnswer replay(Caller caller, @AuthenticationPrincipal Jwt token, @RequestBody ReplayRequest request) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        // A scope check lets only machine clients through: the client id (or the token's subject) names the tool.
        String by = caller.clientId() != null ? caller.clientId() : token.getSubject();
        Outcome outcome = replaying.replay(selection(request), by);
        return new ReplayAnswer(outcome.replayed().stream().map(r -> new ReplayedView(r.letter().id().topic(),
                r.letter().id().partition(), r.letter().id().offset(),
                r.letter().cloudEvent().map(DeadLetter.CloudEventAttributes::type).orElse(null),
                r.letter().cloudEvent().map(DeadLetter.CloudEventAttributes::id).orElse(null), r.topic(), r.partition(),
                r.offset())).toList(),
                outcome.skipped().stream().map(s -> new SkippedView(s.deadLetter().topic(), s.deadLetter().partition(),
                        s.deadLetter().offset(), s.reason())).toList());
    }

    private Selection selection(ReplayRequest request) {
        boolean all = Boolean.TRUE.equals(request.all());
        boolean named = request.deadLetters() != null && !request.deadLetters().isEmpty();
        if (all == named) {
            throw new ApiProblem(ProblemType.VALIDATION,
                    "Name the dead letters to replay (deadLetters), or all of one topic (all: true, topic)",
                    List.of(new ApiProblem.FieldError(all ? "deadLetters" : "all",
                            all ? "must be left out with all: true" : "give deadLetters, or all: true with a topic")));
        }
        if (all) {
            if (request.topic() == null) {
                throw ApiProblem.invalid("topic", "must name the dead-letter topic with all: true");
            }
            return new AllOn(known(request.topic(), "topic"));
        }
        List<ApiProblem.FieldError> invalid = new ArrayList<>();
        List<DeadLetterId> ids = new ArrayList<>();
        for (int i = 0; i < request.deadLetters().size(); i++) {
            Coordinates c = request.deadLetters().get(i);
            String at = "deadLetters[" + i + "]";
            if (c == null || c.topic() == null || c.partition() == null || c.offset() == null) {
                invalid.add(new ApiProblem.FieldError(at, "needs topic, partition and offset"));
            } else if (c.partition() < 0 || c.offset() < 0) {
                invalid.add(new ApiProblem.FieldError(at, "partition and offset are never negative"));
            } else {
                ids.add(new DeadLetterId(c.topic(), c.partition(), c.offset()));
            }
        }
        if (!invalid.isEmpty()) {
            throw new ApiProblem(ProblemType.VALIDATION, invalid.getFirst().field() + ": " + invalid.getFirst().reason(),
                    invalid);
        }
        for (int i = 0; i < ids.size(); i++) {
            known(ids.get(i).topic(), "deadLetters[" + i + "].topic");
        }
        return new Named(ids);
    }

    private String known(String topic, String field) {
        if (topics.originalOf(topic).isEmpty()) {
            String reason = "is not a dead-letter topic of " + service + "; its dead-letter topics are "
                    + (topics.names().isEmpty() ? "none" : String.join(", ", topics.names()));
            throw new ApiProblem(UNKNOWN_TOPIC, field + " " + topic + " " + reason,
                    List.of(new ApiProblem.FieldError(field, reason)));
        }
        return topic;
    }
}
