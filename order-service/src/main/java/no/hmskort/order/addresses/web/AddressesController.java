package no.hmskort.order.addresses.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.hmskort.order.addresses.application.AddressBook;
import no.hmskort.order.addresses.model.AddressEntry;
import no.hmskort.order.addresses.model.DeliveryAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A business's delivery addresses: each order picks one. */
@RestController
@RequestMapping("/api/businesses/{orgnr}/addresses")
class AddressesController {

    private final AddressBook book;
    private final BusinessAccess access;

    AddressesController(AddressBook book, BusinessAccess access) {
        this.book = book;
        this.access = access;
    }

    @Operation(summary = "The business's delivery addresses", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping
    List<AddressView> list(Caller caller, @PathVariable String orgnr) {
        OrganisationNumber owner = authorised(caller, orgnr);
        return book.of(owner).stream().map(AddressView::of).toList();
    }

    @Operation(summary = "Add a delivery address", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @ApiResponse(responseCode = "201", description = "The address as saved; Location names it")
    @PostMapping
    ResponseEntity<AddressView> add(Caller caller, @PathVariable String orgnr, @Valid @RequestBody AddressRequest request) {
        OrganisationNumber owner = authorised(caller, orgnr);
        AddressEntry entry = book.add(owner, request.toAddress());
        return ResponseEntity.created(URI.create("/api/businesses/" + orgnr + "/addresses/" + entry.addressId()))
                .body(AddressView.of(entry));
    }

    @Operation(summary = "Remove a delivery address (orders already placed keep their copy)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @DeleteMapping("/{addressId}")
    ResponseEntity<Void> remove(Caller caller, @PathVariable String orgnr, @PathVariable UUID addressId) {
        OrganisationNumber owner = authorised(caller, orgnr);
        if (!book.remove(owner, addressId)) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "No address " + addressId + " for " + orgnr);
        }
        return ResponseEntity.noContent().build();
    }

    private OrganisationNumber authorised(Caller caller, String orgnr) {
        OrganisationNumber owner = OrganisationNumber.of(orgnr);
        access.requireRight(caller, owner);
        return owner;
    }

    record AddressRequest(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 100) String street,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be four digits") String postalCode,
            @NotBlank @Size(max = 60) String city) {

        DeliveryAddress toAddress() {
            return new DeliveryAddress(recipient.strip(), street.strip(), postalCode, city.strip());
        }
    }

    record AddressView(UUID addressId, String owner, String recipient, String street, String postalCode, String city) {

        static AddressView of(AddressEntry entry) {
            DeliveryAddress a = entry.address();
            return new AddressView(entry.addressId(), entry.owner().value(), a.recipient(), a.street(), a.postalCode(),
                    a.city());
        }
    }
}
