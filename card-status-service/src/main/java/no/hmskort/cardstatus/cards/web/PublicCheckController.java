package no.hmskort.cardstatus.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.cardstatus.cards.model.CardStatus;
import no.hmskort.cardstatus.cards.persistence.Cards;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.InvalidIdentifierException;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check: anyone may ask whether a card is valid, and gets what is needed to match the person
 * in front of them (name, employer, card type), never a personal number or a photo.
 */
@RestController
class PublicCheckController {

    static final ProblemType CARD_NOT_FOUND = ProblemType.of("card-not-found", HttpStatus.NOT_FOUND,
            "No card has this number");
    static final ProblemType INVALID_CARD_NUMBER = ProblemType.of("invalid-card-number", HttpStatus.BAD_REQUEST,
            "This is not a card number");

    private final Cards cards;

    PublicCheckController(Cards cards) {
        this.cards = cards;
    }

    @Operation(summary = "Check a card by its number (no login)")
    @GetMapping("/api/public/cards/{cardNumber}")
    PublicCardView check(@PathVariable String cardNumber) {
        CardNumber number;
        try {
            number = CardNumber.of(cardNumber);
        } catch (InvalidIdentifierException e) {
            throw new ApiProblem(INVALID_CARD_NUMBER, "A card number is ten digits with a check digit: " + e.reason(),
                    List.of(new ApiProblem.FieldError("cardNumber", e.reason())));
        }
        return cards.find(number).map(PublicCardView::of)
                .orElseThrow(() -> new ApiProblem(CARD_NOT_FOUND, "No card has number " + number));
    }

    record PublicCardView(String cardNumber, boolean valid, CardStatus status, String holderName, String employerName,
            String employerOrgnr, String cardType, LocalDate expiresOn, List<String> reasons) {

        static PublicCardView of(Card card) {
            return new PublicCardView(card.cardNumber().value(), card.status() == CardStatus.VALID, card.status(),
                    card.holder().name(), card.employerName(), card.employer().value(), card.cardType(),
                    card.expiresOn(), card.reasons());
        }
    }
}
