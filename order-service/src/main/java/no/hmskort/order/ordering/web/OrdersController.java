package no.hmskort.order.ordering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.events.DeliveryAddress;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.PlacingOrder;
import no.hmskort.order.ordering.model.CardTypes;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.persistence.Orders;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.security.PersonIdPolicy;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/businesses/{orgnr}/orders")
class OrdersController {

    private final PlacingOrder placingOrder;
    private final Orders orders;
    private final BusinessAccess access;
    private final CardTypes cardTypes;
    private final PersonIdPolicy personIds;

    OrdersController(PlacingOrder placingOrder, Orders orders, BusinessAccess access, CardTypes cardTypes,
            PersonIdPolicy personIds) {
        this.placingOrder = placingOrder;
        this.orders = orders;
        this.access = access;
        this.cardTypes = cardTypes;
        this.personIds = personIds;
    }

    @Operation(summary = "Place an order for cards", description = "Requires a person's ID-porten token with a "
            + "qualifying Enhetsregisteret role or a delegation for the business or its main unit.",
            security = @SecurityRequirement(name = "idporten"))
    @PostMapping
    ResponseEntity<OrderView> place(Caller caller, @PathVariable String orgnr, @Valid @RequestBody OrderRequest request) {
        OrganisationNumber unit = OrganisationNumber.of(orgnr);
        PersonId orderer = caller.person().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN,
                "Orders are placed by a person logged in through ID-porten"));
        if (!cardTypes.offers(request.cardType())) {
            throw ApiProblem.invalid("cardType", "must be one of " + cardTypes.codes());
        }
        for (int i = 0; i < request.lines().size(); i++) {
            personIds.requireAccepted("lines[" + i + "].personId", request.lines().get(i).personId());
        }
        Order order = placingOrder.place(new PlacingOrder.Command(orderer, unit, request.cardType(),
                request.deliveryAddress().toAddress(),
                request.lines().stream().map(l -> new PlacingOrder.NewLine(l.personId(), l.name().strip())).toList()));
        return ResponseEntity.created(URI.create("/api/businesses/" + orgnr + "/orders/" + order.orderId()))
                .body(OrderView.of(order));
    }

    @Operation(summary = "One order with the state of each line", security = @SecurityRequirement(name = "idporten"))
    @GetMapping("/{orderId}")
    OrderView get(Caller caller, @PathVariable String orgnr, @PathVariable UUID orderId) {
        OrganisationNumber unit = OrganisationNumber.of(orgnr);
        access.requireRight(caller.person().orElseThrow(() -> new ApiProblem(ProblemType.FORBIDDEN,
                "Orders are read by a person logged in through ID-porten")), unit);
        return orders.find(unit, orderId).map(OrderView::of)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No order " + orderId + " for " + orgnr));
    }

    record OrderRequest(
            @NotBlank String cardType,
            @NotNull @Valid AddressRequest deliveryAddress,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {
    }

    record AddressRequest(@NotBlank @Size(max = 100) String recipient, @NotBlank @Size(max = 100) String street,
            @NotBlank @Pattern(regexp = "\\d{4}", message = "must be four digits") String postalCode,
            @NotBlank @Size(max = 60) String city) {

        DeliveryAddress toAddress() {
            return new DeliveryAddress(recipient.strip(), street.strip(), postalCode, city.strip());
        }
    }

    record LineRequest(@NotNull PersonId personId, @NotBlank @Size(max = 100) String name) {
    }

    /** What the orderer sees: the holder's personal number only masked. */
    record OrderView(UUID orderId, String orderingUnit, String employer, String employerName, String cardType,
            Instant placedAt, List<LineView> lines) {

        static OrderView of(Order order) {
            return new OrderView(order.orderId(), order.orderingUnit().value(), order.employer().value(),
                    order.employerName(), order.cardType(), order.placedAt(), order.lines().stream()
                    .map(l -> new LineView(l.lineId(), l.holder().person().toString(), l.holder().name(),
                            l.holder().birthDate(), l.state().name(),
                            l.cardNumber() == null ? null : l.cardNumber().value()))
                    .toList());
        }
    }

    record LineView(UUID lineId, String personId, String name, LocalDate birthDate, String state, String cardNumber) {
    }
}
