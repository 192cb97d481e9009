package no.hmskort.order.uploads;

import no.hmskort.order.ordering.model.DocumentKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The secure links through which a card holder uploads their own photo and ID copy without logging in
 * ({@code upload_links}). A link is for one line, expires, can be revoked, and is used up once both
 * documents came through it. The token is 256 random bits; only its SHA-256 hash is stored, so the database
 * cannot hand out working links. A new link for a line revokes the earlier one.
 */
@Component
public class UploadLinks {

    public static final ProblemType LINK_UNKNOWN = ProblemType.of("upload-link-unknown", HttpStatus.NOT_FOUND,
            "No such upload link");
    public static final ProblemType LINK_EXPIRED = ProblemType.of("upload-link-expired", HttpStatus.GONE,
            "The upload link has expired");
    public static final ProblemType LINK_REVOKED = ProblemType.of("upload-link-revoked", HttpStatus.GONE,
            "The upload link was revoked by the orderer");
    public static final ProblemType LINK_USED = ProblemType.of("upload-link-used", HttpStatus.GONE,
            "Both documents were uploaded through this link; it cannot be used again");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final UploadProperties properties;
    private final Clock clock;

    UploadLinks(MongoTemplate mongo, UploadProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** A link as stored: the hash of its token, never the token. */
    @Document("upload_links")
    public record Link(@Id String tokenHash, UUID orderId, UUID lineId, OrganisationNumber orderingUnit,
            Instant createdAt, Instant expiresAt, boolean revoked, boolean photoUploaded, boolean idCopyUploaded) {
    }

    /** A new link: its token (for the holder's URL, shown once) and when it expires. */
    public record Created(String token, Instant expiresAt) {
    }

    public Created create(UUID orderId, UUID lineId, OrganisationNumber orderingUnit) {
        revoke(orderId, lineId);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Link link = new Link(hash(token), orderId, lineId, orderingUnit, now, now.plus(properties.linkLifetime()),
                false, false, false);
        mongo.insert(link);
        return new Created(token, link.expiresAt());
    }

    /** Revokes every link of the line; returns how many were in force. */
    public long revoke(UUID orderId, UUID lineId) {
        return mongo.updateMulti(new Query(Criteria.where("orderId").is(orderId).and("lineId").is(lineId)
                .and("revoked").is(false)), new Update().set("revoked", true), Link.class).getModifiedCount();
    }

    /**
     * The link the token opens, for the holder's identity confirmation: also once both documents came
     * through it, as long as it is neither revoked nor expired.
     */
    public Link usableForIdentity(String token) {
        return check(token, false);
    }

    /** The link the token opens, if it still works. */
    public Link usable(String token) {
        return check(token, true);
    }

    private Link check(String token, boolean forUploads) {
        Link link = token == null || token.length() > 100 ? null : mongo.findById(hash(token), Link.class);
        if (link == null) {
            throw new ApiProblem(LINK_UNKNOWN, "This upload link does not exist");
        }
        if (link.revoked()) {
            throw new ApiProblem(LINK_REVOKED, "This upload link was revoked; ask your employer for a new one");
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw new ApiProblem(LINK_EXPIRED, "This upload link expired at " + link.expiresAt()
                    + "; ask your employer for a new one");
        }
        if (forUploads && link.photoUploaded() && link.idCopyUploaded()) {
            throw new ApiProblem(LINK_USED, "Both the photo and the ID copy were uploaded through this link");
        }
        return link;
    }

    public void uploaded(Link link, DocumentKind kind) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(link.tokenHash())),
                new Update().set(kind == DocumentKind.PHOTO ? "photoUploaded" : "idCopyUploaded", true), Link.class);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
