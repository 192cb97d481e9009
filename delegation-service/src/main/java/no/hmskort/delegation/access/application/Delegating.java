package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.util.List;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.delegation.access.persistence.BusinessDocument;
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** A role holder gives a person the right to order for the business, optionally between two dates. */
@Service
public class Delegating {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final AccessEvents events;
    private final Clock clock;

    Delegating(Businesses businesses, RoleHolders roleHolders, AccessEvents events, Clock clock) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.events = events;
        this.clock = clock;
    }

    public record Command(PersonId actor, OrganisationNumber business, PersonId person, String personName,
            LocalDate validFrom, LocalDate validUntil) {
    }

    public DelegationOutcome delegate(Command command) {
        BusinessDocument document = businesses.load(command.business());
        Business business = document.toModel();
        LocalDate today = Norway.today(clock);
        DelegationOutcome outcome = business.delegate(command.person(), command.personName(),
                command.validFrom() == null ? today : command.validFrom(), command.validUntil(), command.actor(),
                roleHolders.holdsRole(command.actor(), business), today, clock.instant(), UUID::randomUUID);
        if (outcome instanceof DelegationOutcome.Done done) {
            events.commit(document, business, List.of(done.change()));
        }
        return outcome;
    }
}
