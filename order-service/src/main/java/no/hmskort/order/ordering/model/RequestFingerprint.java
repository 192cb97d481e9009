package no.hmskort.order.ordering.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What an order request asked for, as a hash: a retry with the same {@code Idempotency-Key} must ask for the
 * same thing to get the same order; the same key with a different request is an error, never a second order.
 */
public record RequestFingerprint(String value) {

    /** The parts in their order (card type, address, each line's person, name and replaced card). */
    public static RequestFingerprint of(List<String> parts) {
        StringBuilder canonical = new StringBuilder();
        for (String part : parts) {
            String text = part == null ? "" : part;
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return new RequestFingerprint(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(RequestFingerprint other) {
        return value.equals(other.value);
    }
}
