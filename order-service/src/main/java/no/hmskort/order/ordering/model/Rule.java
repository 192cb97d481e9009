package no.hmskort.order.ordering.model;

/**
 * A rule a refusal names: the ordering rules ({@link Refusal}) and each other feature's own (the upload
 * rules), so one {@link Outcome} carries any of them and each web room answers its own rules' problems.
 */
public interface Rule {

    /** The rule's name, as the code knows it. */
    String name();
}
