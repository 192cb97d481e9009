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
    REJECTED
}
