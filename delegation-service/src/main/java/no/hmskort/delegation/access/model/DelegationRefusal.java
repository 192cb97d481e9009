package no.hmskort.delegation.access.model;

/** Why a delegation or a revocation is refused: each a rule the role holder can act on. */
public enum DelegationRefusal {
    NOT_A_ROLE_HOLDER("only a holder of a qualifying Enhetsregisteret role may delegate or revoke; delegates may not delegate further"),
    SELF("you cannot delegate to yourself"),
    STOP_BEFORE_START("the stop date is before the start date"),
    START_IN_THE_PAST("the start date is in the past"),
    DUPLICATE("the person already has a current or future delegation for this business"),
    GRANT_NOT_FOUND("no delegation with this id for this business"),
    ROLE_GRANT_FOLLOWS_REGISTER("rights from a role follow Enhetsregisteret and cannot be revoked here"),
    ALREADY_ENDED("the delegation has already ended");

    private final String reason;

    DelegationRefusal(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
