package no.hmskort.delegation.access.model;

/** The result of asking a business to delegate or revoke: done, with the change to announce, or refused. */
public sealed interface DelegationOutcome {

    record Done(AccessChange change) implements DelegationOutcome {
    }

    record Refused(DelegationRefusal refusal) implements DelegationOutcome {
    }
}
