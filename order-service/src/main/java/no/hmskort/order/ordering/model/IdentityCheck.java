package no.hmskort.order.ordering.model;

import java.time.Instant;

/**
 * How the holder's identity was verified before the card may be printed (building sites regulation § 6,
 * cleaning regulation § 10): by the holder's own ID-porten login, or by an operator who compared the photo
 * with the ID copy.
 *
 * @param by the level of assurance of the holder's login, or the operator client that approved
 */
public record IdentityCheck(Method method, String by, Instant at) {

    public enum Method {
        /** The holder logged in with ID-porten on the upload page, as the person the line is for. */
        ID_PORTEN,
        /** An operator compared photo, ID copy and name and approved. */
        OPERATOR
    }
}
