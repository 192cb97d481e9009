package no.hmskort.production.shipping.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import no.hmskort.production.printing.model.ProductionLine;
import no.hmskort.production.shipping.application.DispatchingShipments;
import no.hmskort.production.shipping.application.Shipments;
import no.hmskort.production.shipping.model.Shipment;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Dispatching the printed cards now (besides the schedule), and looking up a shipment. */
@RestController
@RequestMapping("/api/operator/shipments")
class ShipmentsController {

    static final ProblemType SHIPMENT_NOT_FOUND = ProblemType.of("shipment-not-found", HttpStatus.NOT_FOUND,
            "No shipment has this id");

    private final DispatchingShipments dispatching;
    private final Shipments shipments;

    ShipmentsController(DispatchingShipments dispatching, Shipments shipments) {
        this.dispatching = dispatching;
        this.shipments = shipments;
    }

    record ShipmentView(UUID id, OrganisationNumber orderingUnit, ProductionLine.Address deliveryAddress, LocalDate sentOn,
            List<String> cards, long postageOre, boolean postageCharged, Instant deliveredAt) {

        static ShipmentView of(Shipment s) {
            return new ShipmentView(s.id(), s.group().orderingUnit(), s.group().deliveryAddress(), s.sentOn(),
                    s.cards().stream().map(c -> c.cardNumber().value()).toList(), s.postageOre(), s.postageCharged(),
                    s.deliveredAt());
        }
    }

    @Operation(summary = "Send every printed card now, grouped per ordering unit and delivery address",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @PostMapping("/dispatch")
    List<ShipmentView> dispatch(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return dispatching.dispatch().stream().map(ShipmentView::of).toList();
    }

    @Operation(summary = "A shipment: its cards, postage and delivery", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("shipment-not-found")
    @GetMapping("/{id}")
    ShipmentView shipment(Caller caller, @PathVariable UUID id) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return shipments.find(id).map(ShipmentView::of)
                .orElseThrow(() -> new ApiProblem(SHIPMENT_NOT_FOUND, "No shipment " + id));
    }
}
