package no.hmskort.order.ordering.model;

/** The two documents a line needs before its card can be made. */
public enum DocumentKind {
    PHOTO("photo"),
    ID_COPY("ID copy");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
