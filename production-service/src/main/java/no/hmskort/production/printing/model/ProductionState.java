package no.hmskort.production.printing.model;

/** Where a card is on its way from the approved order line to the holder's employer. */
public enum ProductionState {
    /** A print job is out to the printer partner (the first, or a retry after a failure). */
    PRINT_REQUESTED,
    /** Every automatic attempt failed: the card waits in the operator queue. Never dropped. */
    PRINT_FAILED,
    /** The partner printed it and reported the chip UID; it waits for the next dispatch. */
    PRINTED,
    /** It left in a shipment. */
    SHIPPED,
    /** The carrier delivered its shipment. */
    DELIVERED
}
