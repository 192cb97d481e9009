package no.hmskort.order.uploads.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.Outcome;

/**
 * A secure link through which a card holder uploads their own photo and ID copy without logging in. A link
 * is for one line, expires, can be revoked, and is used up once both documents came through it. The token
 * is 256 random bits; only its SHA-256 hash is kept, so the database cannot hand out working links.
 */
public record UploadLink(String tokenHash, OrderId orderId, LineId lineId, OrganisationNumber orderingUnit,
        Instant createdAt, Instant expiresAt, boolean revoked, boolean photoUploaded, boolean idCopyUploaded) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh token, for the holder's URL only: it is shown once and never kept. */
    public static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why the link no longer works at {@code now}, if it does not. For the holder's identity confirmation
     * ({@code forUploads} false) a link both documents came through still works.
     */
    public Optional<Outcome.Refused<UploadLink>> refusal(Instant now, boolean forUploads) {
        if (revoked) {
            return Optional.of(new Outcome.Refused<>(UploadRule.LINK_REVOKED,
                    "This upload link was revoked; ask your employer for a new one"));
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of(new Outcome.Refused<>(UploadRule.LINK_EXPIRED, "This upload link expired at " + expiresAt
                    + "; ask your employer for a new one"));
        }
        if (forUploads && photoUploaded && idCopyUploaded) {
            return Optional.of(new Outcome.Refused<>(UploadRule.LINK_USED,
                    "Both the photo and the ID copy were uploaded through this link"));
        }
        return Optional.empty();
    }

    /** Whether the document of this kind came through the link, counting the one just uploaded. */
    public boolean uploaded(DocumentKind kind, DocumentKind justUploaded) {
        return kind == justUploaded || (kind == DocumentKind.PHOTO ? photoUploaded : idCopyUploaded);
    }
}
