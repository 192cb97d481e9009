package no.hmskort.order.ordering.model;

/** Where an order line is in its life (domain file §6). */
public enum LineState {
    AWAITING_DOCUMENTS,
    AWAITING_REGISTRATION,
    APPROVED,
    IN_PRODUCTION,
    PRINTED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    REJECTED;

    /** Not yet approved: documents or register duties are missing; the orderer may still cancel. */
    public boolean isWaiting() {
        return this == AWAITING_DOCUMENTS || this == AWAITING_REGISTRATION;
    }

    /** On its way to a card: a second order for the same person, business and type would be a duplicate. */
    public boolean isOpen() {
        return isWaiting() || this == APPROVED || this == IN_PRODUCTION;
    }
}
