package no.hmskort.delegation.enhetsregisteret;

/** The two update feeds of Enhetsregisteret's open API: main units ("enheter") and sub-units ("underenheter"). */
enum UpdateKind {
    MAIN_UNITS("enheter", "oppdaterteEnheter"),
    SUB_UNITS("underenheter", "oppdaterteUnderenheter");

    final String path;
    final String embedded;

    UpdateKind(String path, String embedded) {
        this.path = path;
        this.embedded = embedded;
    }
}
