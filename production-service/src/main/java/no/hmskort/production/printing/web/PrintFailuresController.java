package no.hmskort.production.printing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import no.hmskort.production.OperatorScope;
import no.hmskort.production.printing.application.RetryingFailedPrint;
import no.hmskort.production.printing.model.ProductionCard;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator queue of cards that failed every automatic print attempt, and sending one again. */
@RestController
@RequestMapping("/api/operator/print-failures")
class PrintFailuresController {

    static final ProblemType CARD_NOT_FOUND = ProblemType.of("production-card-not-found", HttpStatus.NOT_FOUND,
            "No card in production has this number");
    static final ProblemType PRINT_NOT_FAILED = ProblemType.of("print-not-failed", HttpStatus.CONFLICT,
            "The card is not waiting in the print-failure queue");

    private final RetryingFailedPrint retrying;

    PrintFailuresController(RetryingFailedPrint retrying) {
        this.retrying = retrying;
    }

    /** A card in the queue: no holder data beyond what the operator needs to follow it up with the partner. */
    record PrintFailure(String cardNumber, String state, OrganisationNumber orderingUnit, String employerName,
            String cardType, int printAttempts, String lastFailure, boolean freeReplacement, LocalDate orderedOn) {

        static PrintFailure of(ProductionCard card) {
            return new PrintFailure(card.cardNumber().value(), card.state().name(), card.line().orderingUnit(),
                    card.line().employerName(), card.line().cardType(), card.printAttempts(), card.lastFailure(),
                    card.freeOfCharge(), card.line().orderedAt() == null ? null
                            : LocalDate.ofInstant(card.line().orderedAt(), java.time.ZoneOffset.UTC));
        }
    }

    @Operation(summary = "Cards that failed every automatic print attempt", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = OperatorScope.SCOPE))
    @GetMapping
    List<PrintFailure> queue(Caller caller) {
        OperatorScope.require(caller);
        return retrying.queue().stream().map(PrintFailure::of).toList();
    }

    @Operation(summary = "Send a failed card to the printer again, with a fresh round of automatic retries",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = OperatorScope.SCOPE))
    @PostMapping("/{cardNumber}/retry")
    PrintFailure retry(Caller caller, @PathVariable String cardNumber) {
        OperatorScope.require(caller);
        CardNumber number;
        try {
            number = CardNumber.of(cardNumber);
        } catch (InvalidIdentifierException e) {
            throw ApiProblem.invalid("cardNumber", e.getMessage());
        }
        return switch (retrying.retry(number)) {
            case RetryingFailedPrint.Retried retried -> PrintFailure.of(retried.card());
            case RetryingFailedPrint.NotFailed notFailed -> throw new ApiProblem(PRINT_NOT_FAILED,
                    "Card " + number + " is " + notFailed.card().state());
            case RetryingFailedPrint.Unknown unknown -> throw new ApiProblem(CARD_NOT_FOUND, "No card " + number);
        };
    }
}
