package no.hmskort.order.uploads.model;

import no.hmskort.order.ordering.model.Rule;

/** The upload rules, each named once: a refused upload or link names one, and the web room answers its problem. */
public enum UploadRule implements Rule {
    /** A photo is JPEG or PNG; an ID copy JPEG, PNG or PDF. */
    UNSUPPORTED_DOCUMENT_TYPE,
    /** The bytes do not decode as the image type they claim. */
    NOT_AN_IMAGE,
    /** The image has fewer pixels than a printed card needs. */
    IMAGE_TOO_SMALL,
    /** The ID copy is not a readable PDF of at most a few pages. */
    NOT_A_PDF,
    /** More bytes or pixels than the limits allow. */
    UPLOAD_TOO_LARGE,
    /** No bytes at all. */
    EMPTY_UPLOAD,
    /** No link has this token. */
    LINK_UNKNOWN,
    /** The link's lifetime is over. */
    LINK_EXPIRED,
    /** The orderer revoked the link or made a new one. */
    LINK_REVOKED,
    /** Both documents came through the link already. */
    LINK_USED
}
