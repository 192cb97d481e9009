package no.hmskort.production.printing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import no.hmskort.production.printing.application.ProductionCards;
import no.hmskort.production.printing.application.RetryingFailedPrint;
import no.hmskort.production.printing.model.CardRecord;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.production.printing.model.StrayChip;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator views of production: one card's every step, the queue of cards that failed every automatic
 * print attempt, and sending one of those to the printer again.
 */
@RestController
class OperatorCardsController {

    static final ProblemType CARD_NOT_FOUND = ProblemType.of("production-card-not-found", HttpStatus.NOT_FOUND,
            "No card in production has this number");
    static final ProblemType PRINT_NOT_FAILED = ProblemType.of("print-not-failed", HttpStatus.CONFLICT,
            "The card is not waiting in the print-failure queue");

    private final RetryingFailedPrint retrying;
    private final ProductionCards cards;

    OperatorCardsController(RetryingFailedPrint retrying, ProductionCards cards) {
        this.retrying = retrying;
        this.cards = cards;
    }

    /** A card in production, without the holder's personal data. */
    record CardView(String cardNumber, String state, OrganisationNumber orderingUnit, String employerName,
            String cardType, int printAttempts, String lastFailure, String chipUid, String chipBatch,
            LocalDate issuedOn, LocalDate expiresOn, boolean freeReplacement, String replacesCard, UUID shipmentId,
            LocalDate shippedOn, Instant deliveredAt, String cardStatus, String replacedBy) {

        static CardView of(ProductionCard card) {
            return new CardView(card.cardNumber().value(), card.state().name(), card.line().orderingUnit(),
                    card.line().employerName(), card.line().cardType(), card.printAttempts(), card.lastFailure(),
                    text(card.chipUid()), card.chipBatch(), card.issuedOn(), card.expiresOn(), card.freeOfCharge(),
                    text(card.line().replacesCard()), card.shipmentId(), card.shippedOn(), card.deliveredAt(),
                    text(card.cardStatus()), text(card.replacedBy()));
        }

        private static String text(Object identifier) {
            return identifier == null ? null : identifier.toString();
        }
    }

    @Operation(summary = "A card in production: print attempts, chip, shipment, delivery, replacement",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems({"validation", "production-card-not-found"})
    @GetMapping("/api/operator/cards/{cardNumber}")
    CardView card(Caller caller, @PathVariable String cardNumber) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        CardNumber number = parse(cardNumber);
        return cards.findByNumber(number).map(CardRecord::card).map(CardView::of)
                .orElseThrow(() -> new ApiProblem(CARD_NOT_FOUND, "No card " + number));
    }

    @Operation(summary = "Cards that failed every automatic print attempt", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping("/api/operator/print-failures")
    List<CardView> queue(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return retrying.queue().stream().map(CardView::of).toList();
    }

    /** A card printed more than once, with the chips of the extra copies. */
    record StrayPrint(String cardNumber, String chipUid, List<StrayChip> strayChips) {
    }

    @Operation(summary = "Cards the printer partner printed more than once: each extra chip's card must be destroyed",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping("/api/operator/stray-prints")
    List<StrayPrint> strayPrints(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return cards.withStrayChips().stream().map(d -> new StrayPrint(d.card().cardNumber().value(),
                d.card().chipUid().value(), d.strayChips())).toList();
    }

    @Operation(summary = "Send a failed card to the printer again, with a fresh round of automatic retries",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems({"validation", "production-card-not-found", "print-not-failed"})
    @PostMapping("/api/operator/print-failures/{cardNumber}/retry")
    CardView retry(Caller caller, @PathVariable String cardNumber) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        CardNumber number = parse(cardNumber);
        return switch (retrying.retry(number)) {
            case RetryingFailedPrint.Retried retried -> CardView.of(retried.card());
            case RetryingFailedPrint.NotFailed notFailed -> throw new ApiProblem(PRINT_NOT_FAILED,
                    "Card " + number + " is " + notFailed.card().state());
            case RetryingFailedPrint.Unknown unknown -> throw new ApiProblem(CARD_NOT_FOUND, "No card " + number);
        };
    }

    private static CardNumber parse(String cardNumber) {
        try {
            return CardNumber.of(cardNumber);
        } catch (InvalidIdentifierException e) {
            throw ApiProblem.invalid("cardNumber", e.getMessage());
        }
    }
}
