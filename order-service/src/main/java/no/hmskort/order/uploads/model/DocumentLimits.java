package no.hmskort.order.uploads.model;

/**
 * What an upload may be: at most {@code maxBytes}; an image at least {@code minWidth} by {@code minHeight}
 * pixels and at most {@code maxMegapixels} million pixels (read from its header, before it is decoded).
 */
public record DocumentLimits(long maxBytes, int minWidth, int minHeight, int maxMegapixels) {
}
