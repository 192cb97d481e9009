package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import org.springframework.stereotype.Service;

/** A role holder takes a delegation back; it stops at once in every service. */
@Service
public class RevokingDelegation {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final AccessEvents events;
    private final Clock clock;

    RevokingDelegation(Businesses businesses, RoleHolders roleHolders, AccessEvents events, Clock clock) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.events = events;
        this.clock = clock;
    }

    public DelegationOutcome revoke(PersonId actor, OrganisationNumber orgnr, String grantId) {
        BusinessDocument document = businesses.load(orgnr);
        Business business = document.toModel();
        DelegationOutcome outcome = business.revoke(grantId, actor, roleHolders.holdsRole(actor, business),
                clock.instant());
        if (outcome instanceof DelegationOutcome.Done done) {
            events.commit(document, business, List.of(done.change()));
        }
        return outcome;
    }
}
