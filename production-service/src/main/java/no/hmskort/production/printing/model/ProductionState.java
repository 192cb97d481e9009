package no.hmskort.production.printing.model;

public enum ProductionState {
    /** A print job is out to the printer partner. */
    PRINT_REQUESTED,
    /** The partner printed it and reported the chip UID. */
    PRINTED,
    /** The partner could not print it. */
    PRINT_FAILED
}
