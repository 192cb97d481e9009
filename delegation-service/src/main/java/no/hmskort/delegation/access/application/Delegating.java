package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** A role holder gives a person the right to order for the business, optionally between two dates. */
@Service
public class Delegating {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final AccessAnnouncements announcements;
    private final Clock clock;

    Delegating(Businesses businesses, RoleHolders roleHolders, AccessAnnouncements announcements, Clock clock) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** @param validFrom null for today */
    public record Command(PersonId actor, OrganisationNumber business, PersonId person, String personName,
            LocalDate validFrom, LocalDate validUntil) {
    }

    public DelegationOutcome delegate(Command command) {
        LocalDate today = Norway.today(clock);
        return businesses.change(command.business(), business -> announcements.change(business, business.delegate(
                command.person(), command.personName(), command.validFrom() == null ? today : command.validFrom(),
                command.validUntil(), command.actor(), roleHolders.holdsRole(command.actor(), business), today,
                clock.instant(), UUID::randomUUID)));
    }
}
