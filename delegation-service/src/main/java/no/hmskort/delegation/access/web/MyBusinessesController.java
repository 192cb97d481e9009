package no.hmskort.delegation.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import no.hmskort.delegation.access.application.ListingMyBusinesses;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.OpenApiConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
class MyBusinessesController {

    private final ListingMyBusinesses listing;

    MyBusinessesController(ListingMyBusinesses listing) {
        this.listing = listing;
    }

    @Operation(summary = "The businesses the logged-in person may act for, with their sub-units, and why",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/businesses")
    List<MyBusiness> myBusinesses(Caller caller) {
        return listing.of(caller.requirePerson()).stream().map(b -> new MyBusiness(b.orgnr().value(), b.name(),
                b.bases(), b.subUnits().stream().map(s -> new Unit(s.orgnr().value(), s.name())).toList())).toList();
    }

    record MyBusiness(String orgnr, String name, List<String> basis, List<Unit> subUnits) {
    }

    record Unit(String orgnr, String name) {
    }
}
