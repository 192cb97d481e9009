package no.hmskort.cardstatus.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Clock;
import java.util.List;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.cardstatus.cards.application.EvaluatingCards;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.time.Norway;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check by card number (no login, rate-limited per caller; says valid or not and a category),
 * and the gates' lookups by chip UID or card number (client token with scope {@code hmskort:gate}; with
 * each unmet duty). A stored verdict whose register end date or expiry has passed is judged again before it
 * is answered, so an answer is never stale.
 */
@RestController
class PublicCheckController {

    static final ProblemType CARD_NOT_FOUND = ProblemType.of("card-not-found", HttpStatus.NOT_FOUND,
            "No card has this number");
    static final ProblemType INVALID_CARD_NUMBER = ProblemType.of("invalid-card-number", HttpStatus.BAD_REQUEST,
            "This is not a card number");
    static final ProblemType CHIP_NOT_FOUND = ProblemType.of("chip-not-found", HttpStatus.NOT_FOUND,
            "No card has this chip");

    private final Cards cards;
    private final EvaluatingCards evaluating;
    private final Clock clock;

    PublicCheckController(Cards cards, EvaluatingCards evaluating, Clock clock) {
        this.cards = cards;
        this.evaluating = evaluating;
        this.clock = clock;
    }

    @Operation(summary = "Check a card by its number (no login; rate-limited per caller)")
    @GetMapping("/api/public/cards/{cardNumber}")
    CardViews.PublicCard check(@PathVariable String cardNumber) {
        return CardViews.PublicCard.of(byNumber(cardNumber));
    }

    @Operation(summary = "A gate's lookup by chip UID, with every unmet duty",
            description = "Client token with scope " + Caller.GATE_SCOPE,
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.GATE_SCOPE))
    @GetMapping("/api/gate/chips/{chipUid}")
    CardViews.GateCard gate(Caller caller, @PathVariable String chipUid) {
        caller.requireScope(Caller.GATE_SCOPE, "Gate lookups");
        ChipUid chip = ChipUid.of(chipUid);
        Card card = cards.findByChip(chip)
                .orElseThrow(() -> new ApiProblem(CHIP_NOT_FOUND, "No card has chip " + chip));
        return CardViews.GateCard.of(current(card));
    }

    @Operation(summary = "A gate's or site register's lookup by card number, with every unmet duty",
            description = "Client token with scope " + Caller.GATE_SCOPE,
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.GATE_SCOPE))
    @GetMapping("/api/gate/cards/{cardNumber}")
    CardViews.GateCard gateByNumber(Caller caller, @PathVariable String cardNumber) {
        caller.requireScope(Caller.GATE_SCOPE, "Gate lookups");
        return CardViews.GateCard.of(byNumber(cardNumber));
    }

    private Card byNumber(String cardNumber) {
        CardNumber number;
        try {
            number = CardNumber.of(cardNumber);
        } catch (InvalidIdentifierException e) {
            throw new ApiProblem(INVALID_CARD_NUMBER, "A card number is ten digits with a check digit: " + e.reason(),
                    List.of(new ApiProblem.FieldError("cardNumber", e.reason())));
        }
        Card card = cards.find(number)
                .orElseThrow(() -> new ApiProblem(CARD_NOT_FOUND, "No card has number " + number));
        return current(card);
    }

    private Card current(Card card) {
        return card.needsRecheckOn(Norway.today(clock)) ? evaluating.evaluate(card.cardNumber()) : card;
    }
}
