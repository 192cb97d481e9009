package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.Grant;
import no.hmskort.platform.time.Norway;
import org.springframework.stereotype.Service;

/** The businesses a person may act for today, with their sub-units, and on what basis. */
@Service
public class ListingMyBusinesses {

    private final Businesses businesses;
    private final Clock clock;

    ListingMyBusinesses(Businesses businesses, Clock clock) {
        this.businesses = businesses;
        this.clock = clock;
    }

    /** @param bases the bases of the person's grants in force, e.g. {@code ROLE:DAGL}, {@code DELEGATION} */
    public record BusinessActedFor(OrganisationNumber orgnr, String name, List<String> bases, List<Unit> subUnits) {
    }

    /** @param name null when the sub-unit is not known here yet */
    public record Unit(OrganisationNumber orgnr, String name) {
    }

    public List<BusinessActedFor> of(PersonId person) {
        LocalDate today = Norway.today(clock);
        List<Business> withRights = businesses.withGrantsFor(person).stream()
                .filter(b -> !b.grantsInForceFor(person, today).isEmpty()).toList();
        Map<OrganisationNumber, Business> subUnits = businesses.all(withRights.stream()
                .flatMap(b -> b.subUnits().stream()).toList()).stream()
                .collect(Collectors.toMap(Business::orgnr, Function.identity()));
        return withRights.stream().map(b -> new BusinessActedFor(b.orgnr(), b.name(),
                b.grantsInForceFor(person, today).stream().map(Grant::basis).toList(),
                b.subUnits().stream().map(s -> new Unit(s, subUnits.containsKey(s) ? subUnits.get(s).name() : null))
                        .toList())).toList();
    }
}
