package no.hmskort.delegation.access.application;

import java.time.Clock;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.messaging.Outbox;
import org.springframework.stereotype.Service;

/** A role holder takes a delegation back; it stops at once in every service. */
@Service
public class RevokingDelegation {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final Outbox outbox;
    private final Clock clock;

    RevokingDelegation(Businesses businesses, RoleHolders roleHolders, Outbox outbox, Clock clock) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.outbox = outbox;
        this.clock = clock;
    }

    public DelegationOutcome revoke(PersonId actor, OrganisationNumber orgnr, String grantId) {
        BusinessDocument document = businesses.load(orgnr);
        Business business = document.toModel();
        DelegationOutcome outcome = business.revoke(grantId, actor, roleHolders.holdsRole(actor, business),
                clock.instant());
        if (outcome instanceof DelegationOutcome.Done done) {
            document.publish(outbox.message(Topics.ACCESS, AccessEvents.of(business, done.change())));
            document.update(business);
            businesses.save(document);
        }
        return outcome;
    }
}
