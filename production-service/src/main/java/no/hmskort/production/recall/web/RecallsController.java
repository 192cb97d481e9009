package no.hmskort.production.recall.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import no.hmskort.production.recall.application.RunningRecall;
import no.hmskort.production.recall.model.Recall;
import no.hmskort.production.recall.model.RecallCriteria;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Chip-defect recalls: name the defective chips, then watch the replacements being made. */
@RestController
@RequestMapping("/api/operator/recalls")
class RecallsController {

    static final ProblemType RECALL_NOT_FOUND = ProblemType.of("recall-not-found", HttpStatus.NOT_FOUND,
            "No recall has this id");

    static final ProblemType RECALL_FINISHED = ProblemType.of("recall-finished", HttpStatus.CONFLICT,
            "The recall has already finished");

    private final RunningRecall recalls;

    RecallsController(RunningRecall recalls) {
        this.recalls = recalls;
    }

    /**
     * Exactly one of {@code chipBatch}, {@code uidFrom}+{@code uidTo} (inclusive, one UID length) or
     * {@code cardNumbers}; and why.
     */
    record RecallRequest(String chipBatch, String uidFrom, String uidTo, List<String> cardNumbers, String reason) {
    }

    record RecallView(UUID id, String reason, Instant requestedAt, long matched, long replaced, long alreadyReplaced,
            long skippedNotInUse, boolean done, Instant finishedAt) {

        static RecallView of(Recall r) {
            return new RecallView(r.id(), r.reason(), r.requestedAt(), r.matched(), r.replaced(), r.alreadyReplaced(),
                    r.skippedNotInUse(), r.done(), r.finishedAt());
        }
    }

    @Operation(summary = "Recall defective chips: every matching card still in use gets a free replacement",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "202", description = "Started: its progress so far; Location names it")
    @PostMapping
    ResponseEntity<RecallView> start(Caller caller, @RequestBody RecallRequest request) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        if (request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.invalid("reason", "say why the chips are recalled");
        }
        Recall recall = recalls.start(criteria(request), request.reason());
        return ResponseEntity.accepted().location(URI.create("/api/operator/recalls/" + recall.id()))
                .body(RecallView.of(recall));
    }

    @Operation(summary = "A recall's progress", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("recall-not-found")
    @GetMapping("/{id}")
    RecallView progress(Caller caller, @PathVariable UUID id) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return recalls.progress(id).map(RecallView::of)
                .orElseThrow(() -> new ApiProblem(RECALL_NOT_FOUND, "No recall " + id));
    }

    @Operation(summary = "Resume a recall that stopped on an error: it goes on from the last card it saved",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "202", description = "Resumed: its progress so far; Location names it")
    @AnswersProblems({"recall-not-found", "recall-finished"})
    @PostMapping("/{id}/resume")
    ResponseEntity<RecallView> resume(Caller caller, @PathVariable UUID id) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return switch (recalls.resume(id)) {
            case RunningRecall.Resuming r -> ResponseEntity.accepted()
                    .location(URI.create("/api/operator/recalls/" + id)).body(RecallView.of(r.recall()));
            case RunningRecall.AlreadyDone d -> throw new ApiProblem(RECALL_FINISHED,
                    "Recall " + id + " finished at " + d.recall().finishedAt());
            case RunningRecall.Unknown u -> throw new ApiProblem(RECALL_NOT_FOUND, "No recall " + id);
        };
    }

    private static RecallCriteria criteria(RecallRequest request) {
        ChipUid from = uid("uidFrom", request.uidFrom());
        ChipUid to = uid("uidTo", request.uidTo());
        List<CardNumber> cards = request.cardNumbers() == null ? List.of() : request.cardNumbers().stream()
                .map(n -> {
                    try {
                        return CardNumber.of(n);
                    } catch (InvalidIdentifierException e) {
                        throw ApiProblem.invalid("cardNumbers", e.getMessage());
                    }
                }).toList();
        try {
            return new RecallCriteria(request.chipBatch(), from, to, cards);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("criteria", e.getMessage());
        }
    }

    private static ChipUid uid(String field, String value) {
        try {
            return value == null ? null : ChipUid.of(value);
        } catch (InvalidIdentifierException e) {
            throw ApiProblem.invalid(field, e.getMessage());
        }
    }
}
