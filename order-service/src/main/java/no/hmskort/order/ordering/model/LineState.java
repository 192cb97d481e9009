package no.hmskort.order.ordering.model;

/** Where an order line is in its life (domain file §6). */
public enum LineState {
    AWAITING_DOCUMENTS,
    AWAITING_REGISTRATION,
    /** Documents in and every duty met: the holder's identity is checked before anything is printed. */
    AWAITING_IDENTITY_CHECK,
    APPROVED,
    IN_PRODUCTION,
    PRINTED,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    /** The identity check refused the documents: never printed, never charged; new documents reopen it. */
    REJECTED;

    /** Not yet approved: documents, register duties or the identity check are missing; the orderer may cancel. */
    public boolean isWaiting() {
        return this == AWAITING_DOCUMENTS || this == AWAITING_REGISTRATION || this == AWAITING_IDENTITY_CHECK;
    }

    /** Takes a photo or an ID copy: while waiting, and after a rejection (which asks for new ones). */
    public boolean acceptsDocuments() {
        return isWaiting() || this == REJECTED;
    }

    /** May still be cancelled by the orderer: not yet approved for production. */
    public boolean isCancellable() {
        return acceptsDocuments();
    }

    /**
     * On its way to a card, or able to be again: a second order for the same person, business and type would
     * be a duplicate. A rejected line counts, since new documents reopen it; cancel it to order anew.
     */
    public boolean isOpen() {
        return isWaiting() || this == REJECTED || this == APPROVED || this == IN_PRODUCTION;
    }
}
