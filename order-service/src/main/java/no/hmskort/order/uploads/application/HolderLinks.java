package no.hmskort.order.uploads.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.Outcome;
import no.hmskort.order.uploads.UploadProperties;
import no.hmskort.order.uploads.model.UploadLink;
import no.hmskort.order.uploads.model.UploadRule;
import org.springframework.stereotype.Service;

/**
 * The orderer gives a holder a link to upload their own documents; the holder opens it. A new link for a
 * line revokes the earlier one.
 */
@Service
public class HolderLinks {

    private final UploadLinks links;
    private final UploadProperties properties;
    private final Clock clock;

    HolderLinks(UploadLinks links, UploadProperties properties, Clock clock) {
        this.links = links;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new link: its token (for the holder's URL, shown once) and when it expires. */
    public record Created(String token, Instant expiresAt) {
    }

    public Created create(OrderId orderId, LineId lineId, OrganisationNumber orderingUnit) {
        links.revoke(orderId, lineId);
        String token = UploadLink.newToken();
        Instant now = clock.instant();
        UploadLink link = new UploadLink(UploadLink.hash(token), orderId, lineId, orderingUnit, now,
                now.plus(properties.linkLifetime()), false, false, false);
        links.insert(link);
        return new Created(token, link.expiresAt());
    }

    /** Revokes every link of the line; returns how many were in force. */
    public long revoke(OrderId orderId, LineId lineId) {
        return links.revoke(orderId, lineId);
    }

    /** The link the token opens, if it still takes uploads; else the upload rule that closes it. */
    public Outcome<UploadLink> usable(String token) {
        return check(token, true);
    }

    /**
     * The link the token opens, for the holder's identity confirmation: also once both documents came
     * through it, as long as it is neither revoked nor expired.
     */
    public Outcome<UploadLink> usableForIdentity(String token) {
        return check(token, false);
    }

    public void uploaded(UploadLink link, DocumentKind kind) {
        links.uploaded(link.tokenHash(), kind);
    }

    private Outcome<UploadLink> check(String token, boolean forUploads) {
        Optional<UploadLink> found = token == null || token.length() > 100 ? Optional.empty()
                : links.find(UploadLink.hash(token));
        if (found.isEmpty()) {
            return unknown();
        }
        return found.get().refusal(clock.instant(), forUploads).<Outcome<UploadLink>>map(refused -> refused)
                .orElseGet(() -> Outcome.done(found.get()));
    }

    /** What a link that does not exist (or whose order is gone) answers. */
    public static <T> Outcome<T> unknown() {
        return Outcome.refused(UploadRule.LINK_UNKNOWN, "This upload link does not exist");
    }
}
