package no.hmskort.order.ordering.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.order.ordering.application.CheckingIdentity;
import no.hmskort.order.ordering.application.LineDocuments;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.model.Rejection;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's identity-check queue (client token with scope {@code hmskort:operator}): each line whose
 * holder did not confirm with ID-porten, the longest waiting first, with the name as ordered beside the
 * name in Folkeregisteret; the photo and ID copy to compare; approve, or reject with a reason. The queue's
 * size and the age of its oldest line are metrics.
 */
@RestController
@Validated
@RequestMapping("/api/operator/identity-checks")
class IdentityChecksController {

    private final CheckingIdentity checking;
    private final LineDocuments documents;

    IdentityChecksController(CheckingIdentity checking, LineDocuments documents, MeterRegistry meters, Clock clock) {
        this.checking = checking;
        this.documents = documents;
        Gauge.builder("hmskort.identity.queue.size", () -> checking.queue(10_000).size())
                .description("order lines awaiting an operator's identity check").register(meters);
        Gauge.builder("hmskort.identity.queue.oldest.age", () -> checking.queue(1).stream().findFirst()
                        .map(w -> Duration.between(w.line().identityCheckSince(), clock.instant()).toSeconds())
                        .orElse(0L))
                .description("seconds the oldest line has waited for an identity check").baseUnit("seconds")
                .register(meters);
    }

    /**
     * @param nameAsOrdered the name the orderer typed
     * @param nameInRegister the name in Folkeregisteret, which the card will carry; null when not known
     * @param nameMismatch both are known and differ
     */
    record QueuedLine(UUID orderId, UUID lineId, String nameAsOrdered, String nameInRegister, boolean nameMismatch,
            LocalDate birthDate, String cardType, String employer, String employerName, String orderingUnit,
            Instant waitingSince, String photo, String idCopy, String lastRejection) {

        static QueuedLine of(CheckingIdentity.Waiting waiting) {
            OrderLine line = waiting.line();
            String base = "/api/operator/identity-checks/" + waiting.order().orderId() + "/lines/" + line.lineId();
            return new QueuedLine(waiting.order().orderId().value(), line.lineId().value(), line.holder().name(),
                    line.registeredName(), line.nameDiffersFromRegister(), line.holder().birthDate(),
                    waiting.order().cardType().name(),
                    waiting.order().employer().value(), waiting.order().employerName(),
                    waiting.order().orderingUnit().value(), line.identityCheckSince(), base + "/photo",
                    base + "/id-copy", line.rejection() == null ? null : line.rejection().reason().name());
        }
    }

    /** @param note a word to the employer, shown with the reason */
    record RejectRequest(@NotNull Rejection.Reason reason, @Size(max = 300) String note) {
    }

    record Decision(UUID lineId, String state, String identityCheckedBy, String rejection) {

        static Decision of(OrderLine line) {
            return new Decision(line.lineId().value(), line.state().name(),
                    line.identity() == null ? null : line.identity().method().name(),
                    line.rejection() == null ? null : line.rejection().reason().name());
        }
    }

    @Operation(summary = "Lines awaiting an identity check, the longest waiting first",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping
    List<QueuedLine> queue(Caller caller, @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return checking.queue(size).stream().map(QueuedLine::of).toList();
    }

    @Operation(summary = "The photo of a line awaiting its identity check",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "200", description = "The photo, as stored (re-encoded, without metadata)", content = {
        @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems("validation")
    @GetMapping("/{orderId}/lines/{lineId}/photo")
    ResponseEntity<byte[]> photo(Caller caller, @PathVariable String orderId, @PathVariable String lineId) {
        return document(awaiting(caller, orderId, lineId).line().photoId());
    }

    @Operation(summary = "The ID copy of a line awaiting its identity check",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "200", description = "The ID copy, as stored (without metadata)", content = {
        @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems("validation")
    @GetMapping("/{orderId}/lines/{lineId}/id-copy")
    ResponseEntity<byte[]> idCopy(Caller caller, @PathVariable String orderId, @PathVariable String lineId) {
        return document(awaiting(caller, orderId, lineId).line().idCopyId());
    }

    @Operation(summary = "The documents prove the holder's identity: the line goes to production",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems({"validation", "identity-check-not-open"})
    @PostMapping("/{orderId}/lines/{lineId}/approve")
    Decision approve(Caller caller, @PathVariable String orderId, @PathVariable String lineId) {
        OrderId order = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return Decision.of(Problems.answer(checking.approvedByOperator(order, line, caller.clientId())));
    }

    @Operation(summary = "The documents do not prove the holder's identity: the line is rejected, not charged, "
            + "and the employer sees why and can upload again",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("identity-check-not-open")
    @PostMapping("/{orderId}/lines/{lineId}/reject")
    Decision reject(Caller caller, @PathVariable String orderId, @PathVariable String lineId,
            @Valid @RequestBody RejectRequest request) {
        OrderId order = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return Decision.of(Problems.answer(checking.rejectedByOperator(order, line, request.reason(),
                request.note() == null ? null : request.note().strip())));
    }

    /** Ids are parsed before the scope is checked: a malformed id is a 400 to anyone, as it always was. */
    private CheckingIdentity.Waiting awaiting(Caller caller, String orderId, String lineId) {
        OrderId order = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return checking.awaiting(order, line).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                "Order " + order + " has no line " + line));
    }

    private ResponseEntity<byte[]> document(String id) {
        LineDocuments.Stored stored = documents.load(id).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                "The document is no longer stored"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(stored.content());
    }
}
