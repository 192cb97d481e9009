package no.hmskort.cardstatus.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check by card number (no login, rate-limited per caller; says valid or not and a category),
 * and the gates' lookups by chip UID or card number (client token with scope {@code hmskort:gate}; with
 * each unmet duty). Cards and answers come from memory ({@link CheckAnswers}); a verdict whose register end
 * date or expiry has passed is judged again before it is answered.
 */
@RestController
class PublicCheckController {

    static final ProblemType CARD_NOT_FOUND = ProblemType.of("card-not-found", HttpStatus.NOT_FOUND,
            "No card has this number");
    static final ProblemType INVALID_CARD_NUMBER = ProblemType.of("invalid-card-number", HttpStatus.BAD_REQUEST,
            "This is not a card number");
    static final ProblemType CHIP_NOT_FOUND = ProblemType.of("chip-not-found", HttpStatus.NOT_FOUND,
            "No card has this chip");

    private final CheckAnswers answers;
    private final CheckCounts counts;

    PublicCheckController(CheckAnswers answers, CheckCounts counts) {
        this.answers = answers;
        this.counts = counts;
    }

    /** The answer as written when the card was last read or changed: {@link CardViews.PublicCard} as JSON. */
    @Operation(summary = "Check a card by its number (no login; rate-limited per caller)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CardViews.PublicCard.class)))
    @AnswersProblems({"invalid-card-number", "card-not-found", "too-many-requests"})
    @GetMapping(path = "/api/public/cards/{cardNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> check(@PathVariable String cardNumber) {
        return json(byNumber(CheckCounts.Kind.PUBLIC, cardNumber).publicJson());
    }

    @Operation(summary = "A gate's lookup by chip UID, with every unmet duty",
            description = "Client token with scope " + Caller.GATE_SCOPE,
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.GATE_SCOPE))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CardViews.GateCard.class)))
    @AnswersProblems({"validation", "chip-not-found"})
    @GetMapping(path = "/api/gate/chips/{chipUid}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> gate(Caller caller, @PathVariable String chipUid) {
        caller.requireScope(Caller.GATE_SCOPE, "Gate lookups");
        ChipUid chip = ChipUid.of(chipUid);
        CheckAnswers.Answer answer = answers.findByChip(chip).orElseThrow(() -> {
            counts.count(CheckCounts.Kind.GATE, CheckCounts.Outcome.NOT_FOUND);
            return new ApiProblem(CHIP_NOT_FOUND, "No card has chip " + chip);
        });
        counts.count(CheckCounts.Kind.GATE, CheckCounts.Outcome.ANSWERED);
        return json(answer.gateJson());
    }

    @Operation(summary = "A gate's or site register's lookup by card number, with every unmet duty",
            description = "Client token with scope " + Caller.GATE_SCOPE,
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.GATE_SCOPE))
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = CardViews.GateCard.class)))
    @AnswersProblems({"invalid-card-number", "card-not-found"})
    @GetMapping(path = "/api/gate/cards/{cardNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> gateByNumber(Caller caller, @PathVariable String cardNumber) {
        caller.requireScope(Caller.GATE_SCOPE, "Gate lookups");
        return json(byNumber(CheckCounts.Kind.GATE, cardNumber).gateJson());
    }

    private static ResponseEntity<byte[]> json(byte[] answer) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(answer);
    }

    private CheckAnswers.Answer byNumber(CheckCounts.Kind kind, String cardNumber) {
        CardNumber number;
        try {
            number = CardNumber.of(cardNumber);
        } catch (InvalidIdentifierException e) {
            counts.count(kind, CheckCounts.Outcome.INVALID_NUMBER);
            throw new ApiProblem(INVALID_CARD_NUMBER, "A card number is ten digits with a check digit: " + e.reason(),
                    List.of(new ApiProblem.FieldError("cardNumber", e.reason())));
        }
        CheckAnswers.Answer answer = answers.find(number).orElseThrow(() -> {
            counts.count(kind, CheckCounts.Outcome.NOT_FOUND);
            return new ApiProblem(CARD_NOT_FOUND, "No card has number " + number);
        });
        counts.count(kind, CheckCounts.Outcome.ANSWERED);
        return answer;
    }
}
