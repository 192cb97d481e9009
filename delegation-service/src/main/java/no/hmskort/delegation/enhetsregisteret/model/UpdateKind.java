package no.hmskort.delegation.enhetsregisteret.model;

/** The two update feeds of Enhetsregisteret's open API: main units ("enheter") and sub-units ("underenheter"). */
public enum UpdateKind {
    MAIN_UNITS,
    SUB_UNITS
}
