package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.LocalDate;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Component;

/** Whether a person holds a qualifying role on a business or on its main unit (which covers it). */
@Component
public class RoleHolders {

    private final Businesses businesses;
    private final Clock clock;

    RoleHolders(Businesses businesses, Clock clock) {
        this.businesses = businesses;
        this.clock = clock;
    }

    /** The person's standing on the business {@code orgnr}. */
    public Standing standing(PersonId person, OrganisationNumber orgnr) {
        return businesses.find(orgnr).filter(business -> mayActFor(person, business))
                .<Standing>map(business -> holdsRole(person, business) ? new Standing.HoldsRole(business)
                        : new Standing.DelegateOnly())
                .orElseGet(Standing.NoRights::new);
    }

    public boolean holdsRole(PersonId person, Business business) {
        LocalDate today = Norway.today(clock);
        return business.hasRoleHolder(person, today) || (business.parent() != null
                && businesses.find(business.parent()).map(main -> main.hasRoleHolder(person, today)).orElse(false));
    }

    /** Whether the person may act for the business at all (role or delegation, here or on the main unit). */
    private boolean mayActFor(PersonId person, Business business) {
        LocalDate today = Norway.today(clock);
        return !business.grantsInForceFor(person, today).isEmpty() || (business.parent() != null
                && businesses.find(business.parent()).map(m -> !m.grantsInForceFor(person, today).isEmpty()).orElse(false));
    }
}
