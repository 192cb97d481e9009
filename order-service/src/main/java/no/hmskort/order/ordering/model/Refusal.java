package no.hmskort.order.ordering.model;

/**
 * The rules an ordering request can break, each named once: the use cases refuse by naming one, and the web
 * room answers each with its own problem type.
 */
public enum Refusal implements Rule {
    /** Enhetsregisteret's facts about the ordering unit have not reached us yet. */
    BUSINESS_NOT_KNOWN_YET,
    /** The ordering unit is deleted, bankrupt or being wound up (the register duty business-active). */
    BUSINESS_NOT_ACTIVE,
    /** The delivery address is not one of the ordering unit's or its main unit's. */
    UNKNOWN_DELIVERY_ADDRESS,
    /** The card-type policy does not let the business order this type today. */
    CARD_TYPE_NOT_ALLOWED,
    /** One person, business and type: an open line or an active card already exists (or twice in one order). */
    DUPLICATE_CARD,
    /** Only a blocked card, or one due for renewal, of the same person and business can be replaced. */
    REPLACED_CARD_NOT_BLOCKED,
    /** The card to renew is not yet within the renewal window. */
    RENEWAL_TOO_EARLY,
    /** The same Idempotency-Key was used for a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** The order has no such line. */
    NO_SUCH_LINE,
    /** The line is approved for production (or later) and can no longer be cancelled. */
    LINE_IN_PRODUCTION,
    /** The line is approved, in production or closed: its documents cannot change. */
    LINE_NOT_AWAITING_DOCUMENTS,
    /** The person logged in is not the person the card is ordered for. */
    NOT_THE_CARD_HOLDER,
    /** The line is not awaiting an identity check. */
    IDENTITY_CHECK_NOT_OPEN,
    /** The line is cancelled or rejected: no card is on order. */
    LINE_CANCELLED,
    /** The line's register duties are not met: no order confirmation stands in for a card. */
    REGISTRATION_INCOMPLETE
}
