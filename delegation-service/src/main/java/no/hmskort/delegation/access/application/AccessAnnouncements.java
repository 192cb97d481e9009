package no.hmskort.delegation.access.application;

import java.util.List;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;

/** What the other services are told when a business's grants change (the messaging room says how). */
public interface AccessAnnouncements {

    List<OutboxMessage> of(Business business, List<AccessChange> changes);

    /** The business saved with the events its changes imply; answers the changes. */
    default Change<Business, List<AccessChange>> change(Business business, List<AccessChange> changes) {
        return Change.to(business, of(business, changes), changes);
    }

    /** A delegation or revocation done is saved with its event; a refused one changes nothing. */
    default Change<Business, DelegationOutcome> change(Business business, DelegationOutcome outcome) {
        return switch (outcome) {
            case DelegationOutcome.Done done -> Change.to(business, of(business, List.of(done.change())), outcome);
            case DelegationOutcome.Refused refused -> Change.none(outcome);
        };
    }
}
