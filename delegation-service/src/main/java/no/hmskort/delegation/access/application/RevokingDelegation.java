package no.hmskort.delegation.access.application;

import java.time.Clock;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.DelegationOutcome;
import org.springframework.stereotype.Service;

/** A role holder takes a delegation back; it stops at once in every service. */
@Service
public class RevokingDelegation {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final AccessAnnouncements announcements;
    private final Clock clock;

    RevokingDelegation(Businesses businesses, RoleHolders roleHolders, AccessAnnouncements announcements, Clock clock) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.announcements = announcements;
        this.clock = clock;
    }

    public DelegationOutcome revoke(PersonId actor, OrganisationNumber orgnr, String grantId) {
        return businesses.change(orgnr, business -> announcements.change(business,
                business.revoke(grantId, actor, roleHolders.holdsRole(actor, business), clock.instant())));
    }
}
