package no.hmskort.delegation.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import no.hmskort.delegation.access.persistence.Businesses;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.time.Norway;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MyBusinessesController {

    private final Businesses businesses;
    private final Clock clock;

    MyBusinessesController(Businesses businesses, Clock clock) {
        this.businesses = businesses;
        this.clock = clock;
    }

    @Operation(summary = "The businesses the logged-in person may act for, with their sub-units, and why",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/businesses")
    List<MyBusiness> myBusinesses(Caller caller) {
        PersonId person = caller.requirePerson();
        LocalDate today = Norway.today(clock);
        List<Business> withRights = businesses.withGrantsFor(person).stream()
                .filter(b -> !b.grantsInForceFor(person, today).isEmpty()).toList();
        Map<OrganisationNumber, Business> subUnits = businesses.all(withRights.stream()
                .flatMap(b -> b.subUnits().stream()).toList()).stream()
                .collect(Collectors.toMap(Business::orgnr, Function.identity()));
        return withRights.stream().map(b -> new MyBusiness(b.orgnr().value(), b.name(),
                b.grantsInForceFor(person, today).stream().map(Grant::basis).toList(),
                b.subUnits().stream().map(s -> new Unit(s.value(),
                        subUnits.containsKey(s) ? subUnits.get(s).name() : null)).toList())).toList();
    }

    record MyBusiness(String orgnr, String name, List<String> basis, List<Unit> subUnits) {
    }

    record Unit(String orgnr, String name) {
    }
}
