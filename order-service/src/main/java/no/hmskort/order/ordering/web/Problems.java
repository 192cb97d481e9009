package no.hmskort.order.ordering.web;

import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.ordering.model.Refusal;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;

/** Each ordering refusal as the problem the client reads: one type per rule, stable across releases. */
public final class Problems {

    static final ProblemType BUSINESS_NOT_KNOWN_YET = ProblemType.of("business-not-known-yet",
            HttpStatus.CONFLICT, "Enhetsregisteret's facts about this business have not reached us yet");
    static final ProblemType BUSINESS_NOT_ACTIVE = ProblemType.of("business-not-active",
            HttpStatus.UNPROCESSABLE_CONTENT, "The business is deleted, bankrupt or under liquidation");
    static final ProblemType UNKNOWN_DELIVERY_ADDRESS = ProblemType.of("unknown-delivery-address",
            HttpStatus.UNPROCESSABLE_CONTENT, "The delivery address is not one of this business's addresses");
    static final ProblemType CARD_TYPE_NOT_ALLOWED = ProblemType.of("card-type-not-allowed",
            HttpStatus.UNPROCESSABLE_CONTENT, "The business may not order this card type");
    static final ProblemType IDEMPOTENCY_KEY_REUSED = ProblemType.of("idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT, "The Idempotency-Key was used for a different order");
    static final ProblemType DUPLICATE_CARD = ProblemType.of("duplicate-card", HttpStatus.CONFLICT,
            "The person already has an open order line or an active card of this type at this business");
    static final ProblemType REPLACED_CARD_NOT_BLOCKED = ProblemType.of("replaced-card-not-blocked",
            HttpStatus.CONFLICT, "Only a blocked card, or one due for renewal, of the same person and business can be "
                    + "replaced");
    static final ProblemType RENEWAL_TOO_EARLY = ProblemType.of("renewal-too-early", HttpStatus.CONFLICT,
            "The card is not yet within the renewal window before its expiry");
    static final ProblemType LINE_IN_PRODUCTION = ProblemType.of("line-in-production", HttpStatus.CONFLICT,
            "The line is approved for production and can no longer be cancelled");
    public static final ProblemType LINE_NOT_AWAITING_DOCUMENTS = ProblemType.of("line-not-awaiting-documents",
            HttpStatus.CONFLICT, "The line is approved, in production or closed: its documents cannot change");
    static final ProblemType NOT_THE_HOLDER = ProblemType.of("not-the-card-holder", HttpStatus.FORBIDDEN,
            "The person logged in is not the person this card is ordered for");
    static final ProblemType IDENTITY_CHECK_OVER = ProblemType.of("identity-check-not-open",
            HttpStatus.CONFLICT, "The line is not awaiting an identity check");
    static final ProblemType LINE_CANCELLED = ProblemType.of("line-cancelled", HttpStatus.CONFLICT,
            "The line is cancelled or rejected: no card is on order");
    static final ProblemType DUTIES_UNMET = ProblemType.of("registration-incomplete", HttpStatus.CONFLICT,
            "The line's register duties are not met: no order confirmation can be given");

    private Problems() {
    }

    /** The value of a use case that did it, or the problem of the rule that refused it. */
    public static <T> T answer(Outcome<T> outcome) {
        return switch (outcome) {
            case Outcome.Done<T> done -> done.value();
            case Outcome.Refused<T> refused -> throw problem(refused);
        };
    }

    /** The problem of an ordering rule's refusal; another feature's rules are answered by that feature's web room. */
    public static ApiProblem problem(Outcome.Refused<?> refused) {
        if (refused.rule() instanceof Refusal rule) {
            return new ApiProblem(type(rule), refused.detail());
        }
        throw new IllegalArgumentException("No ordering problem type for the rule " + refused.rule().name());
    }

    static ProblemType type(Refusal rule) {
        return switch (rule) {
            case BUSINESS_NOT_KNOWN_YET -> BUSINESS_NOT_KNOWN_YET;
            case BUSINESS_NOT_ACTIVE -> BUSINESS_NOT_ACTIVE;
            case UNKNOWN_DELIVERY_ADDRESS -> UNKNOWN_DELIVERY_ADDRESS;
            case CARD_TYPE_NOT_ALLOWED -> CARD_TYPE_NOT_ALLOWED;
            case DUPLICATE_CARD -> DUPLICATE_CARD;
            case REPLACED_CARD_NOT_BLOCKED -> REPLACED_CARD_NOT_BLOCKED;
            case RENEWAL_TOO_EARLY -> RENEWAL_TOO_EARLY;
            case IDEMPOTENCY_KEY_REUSED -> IDEMPOTENCY_KEY_REUSED;
            case NO_SUCH_LINE -> ProblemType.NOT_FOUND;
            case LINE_IN_PRODUCTION -> LINE_IN_PRODUCTION;
            case LINE_NOT_AWAITING_DOCUMENTS -> LINE_NOT_AWAITING_DOCUMENTS;
            case NOT_THE_CARD_HOLDER -> NOT_THE_HOLDER;
            case IDENTITY_CHECK_NOT_OPEN -> IDENTITY_CHECK_OVER;
            case LINE_CANCELLED -> LINE_CANCELLED;
            case REGISTRATION_INCOMPLETE -> DUTIES_UNMET;
        };
    }
}
