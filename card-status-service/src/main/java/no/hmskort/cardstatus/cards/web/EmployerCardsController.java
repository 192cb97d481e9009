package no.hmskort.cardstatus.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import no.hmskort.cardstatus.cards.application.BlockOutcome;
import no.hmskort.cardstatus.cards.application.BlockRefusal;
import no.hmskort.cardstatus.cards.application.BlockingCard;
import no.hmskort.cardstatus.cards.application.Cards;
import no.hmskort.cardstatus.cards.model.BlockReason;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.cards.CardStatus;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employer's view: every card of the business and its sub-units, filtered and searched, with the
 * unmet duties of each invalid card; a card's status log; blocking a lost, stolen or returned card.
 * For anyone with a role or delegation covering the business.
 */
@RestController
@Validated
@RequestMapping("/api/businesses/{orgnr}/cards")
class EmployerCardsController {

    static final ProblemType ALREADY_BLOCKED = ProblemType.of("card-already-blocked", HttpStatus.CONFLICT,
            "The card is already blocked or expired");

    private final Cards cards;
    private final BusinessAccess access;
    private final BlockingCard blocking;

    EmployerCardsController(Cards cards, BusinessAccess access, BlockingCard blocking) {
        this.cards = cards;
        this.access = access;
        this.blocking = blocking;
    }

    @Operation(summary = "The business's cards across its sub-units; filter by status, search by name or number",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping
    List<CardViews.EmployerCard> cards(Caller caller, @PathVariable String orgnr,
            @RequestParam(required = false) CardStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        OrganisationNumber business = authorised(caller, orgnr);
        return cards.ofBusiness(business, status, q, page, size).stream()
                .map(CardViews.EmployerCard::of).toList();
    }

    @Operation(summary = "A card's status log: ordered, printed, every validity change with its reasons, blocked",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/{cardNumber}/log")
    List<CardViews.LogLine> log(Caller caller, @PathVariable String orgnr, @PathVariable String cardNumber) {
        return cardOf(authorised(caller, orgnr), cardNumber).log().stream().map(CardViews.LogLine::of).toList();
    }

    @Operation(summary = "Report a card lost, stolen or returned: blocked at once, for good",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("card-already-blocked")
    @PostMapping("/{cardNumber}/block")
    CardViews.EmployerCard block(Caller caller, @PathVariable String orgnr, @PathVariable String cardNumber,
            @Valid @RequestBody BlockRequest request) {
        OrganisationNumber business = authorised(caller, orgnr);
        return switch (blocking.block(business, CardNumber.of(cardNumber), request.reason())) {
            case BlockOutcome.Blocked(Card blocked) -> CardViews.EmployerCard.of(blocked);
            case BlockOutcome.Refused(BlockRefusal rule, CardStatus status) -> throw refusal(rule, status, business,
                    cardNumber);
        };
    }

    private static ApiProblem refusal(BlockRefusal rule, CardStatus status, OrganisationNumber business,
            String cardNumber) {
        return switch (rule) {
            case REPLACEMENT_IS_PRODUCTIONS -> ApiProblem.invalid("reason",
                    "must be LOST, STOLEN or RETURNED; replacement is recorded by production");
            case NO_SUCH_CARD -> notFound(business, cardNumber);
            case ALREADY_FINAL -> new ApiProblem(ALREADY_BLOCKED, "Card " + cardNumber + " is already " + status);
        };
    }

    private OrganisationNumber authorised(Caller caller, String orgnr) {
        OrganisationNumber business = OrganisationNumber.of(orgnr);
        access.requireRight(caller, business);
        return business;
    }

    /** A card of this business; another business's card is "not found", revealing nothing. */
    private Card cardOf(OrganisationNumber business, String cardNumber) {
        return cards.find(CardNumber.of(cardNumber)).filter(card -> card.belongsTo(business))
                .orElseThrow(() -> notFound(business, cardNumber));
    }

    private static ApiProblem notFound(OrganisationNumber business, String cardNumber) {
        return new ApiProblem(ProblemType.NOT_FOUND, "No card " + cardNumber + " for " + business);
    }

    record BlockRequest(@NotNull BlockReason reason) {
    }
}
