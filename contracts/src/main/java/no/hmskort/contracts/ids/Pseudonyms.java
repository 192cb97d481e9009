package no.hmskort.contracts.ids;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonyms of personal numbers, for Kafka keys and document ids: HMAC-SHA256 under a secret from the
 * configuration ({@code hmskort.privacy.pseudonym-secret}). A plain hash would not do: there are only some
 * ten million valid personal numbers, so anyone could hash them all and read a key back. Without the
 * secret a pseudonym cannot be linked to a person; every service of one deployment shares the secret, so a
 * person's events land on one partition and a service finds its own documents again.
 *
 * <p>The secret is set once per process, before the first pseudonym (the platform does it at start-up);
 * setting another one later is refused, since every stored pseudonym would silently stop matching.
 */
public final class Pseudonyms {

    static final int MINIMUM_SECRET_BYTES = 16;

    private static volatile byte[] secret;
    private static final ThreadLocal<Mac> MAC = ThreadLocal.withInitial(Pseudonyms::newMac);

    private Pseudonyms() {
    }

    /** Sets the secret; the same secret again is fine (several services in one process). */
    public static synchronized void useSecret(String configured) {
        if (configured == null || configured.getBytes(StandardCharsets.UTF_8).length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the pseudonym secret must be at least " + MINIMUM_SECRET_BYTES
                    + " bytes (hmskort.privacy.pseudonym-secret)");
        }
        byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
        if (secret != null && !Arrays.equals(secret, bytes)) {
            throw new IllegalStateException("a different pseudonym secret is already in use in this process");
        }
        secret = bytes;
    }

    static String of(String personalNumber) {
        Mac mac = MAC.get();
        byte[] hash = mac.doFinal(personalNumber.getBytes(StandardCharsets.UTF_8));
        return "p" + HexFormat.of().formatHex(hash, 0, 16);
    }

    private static Mac newMac() {
        byte[] key = secret;
        if (key == null) {
            throw new IllegalStateException("no pseudonym secret is set (hmskort.privacy.pseudonym-secret)");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
