package no.hmskort.contracts.ids;

/**
 * An identifier that fails its format or check digits. The message names the kind of identifier and
 * the reason, never the offending value: it may be a personal number.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private final String identifier;
    private final String reason;

    public InvalidIdentifierException(String identifier, String reason) {
        super(identifier + ": " + reason);
        this.identifier = identifier;
        this.reason = reason;
    }

    public String identifier() {
        return identifier;
    }

    public String reason() {
        return reason;
    }
}
