package no.hmskort.order.ordering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.CancellingOrder;
import no.hmskort.order.ordering.application.OrderConfirmation;
import no.hmskort.order.ordering.application.PlacingOrder;
import no.hmskort.order.ordering.application.Orders;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.CardTypes;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.web.OrderViews.LineView;
import no.hmskort.order.ordering.web.OrderViews.OrderPage;
import no.hmskort.order.ordering.web.OrderViews.OrderView;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.security.PersonIdPolicy;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/businesses/{orgnr}/orders")
class OrdersController {

    private final PlacingOrder placingOrder;
    private final CancellingOrder cancelling;
    private final OrderConfirmation confirmation;
    private final BusinessOrders business;
    private final Orders orders;
    private final CardTypes cardTypes;
    private final PersonIdPolicy personIds;

    OrdersController(PlacingOrder placingOrder, CancellingOrder cancelling, OrderConfirmation confirmation,
            BusinessOrders business, Orders orders, CardTypes cardTypes, PersonIdPolicy personIds) {
        this.placingOrder = placingOrder;
        this.cancelling = cancelling;
        this.confirmation = confirmation;
        this.business = business;
        this.orders = orders;
        this.cardTypes = cardTypes;
        this.personIds = personIds;
    }

    @Operation(summary = "Place an order for cards", description = "Requires a person's ID-porten token with a "
            + "qualifying Enhetsregisteret role or a delegation for the business or its main unit. Lines start "
            + "awaiting documents. A retry with the same Idempotency-Key and body gets the very answer of the first "
            + "request (201, the order as it was placed, byte for byte); the same key with another body is refused (422).",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @ApiResponse(responseCode = "201", description = "The order as placed; Location names it")
    @AnswersProblems({"business-not-known-yet", "business-not-active", "unknown-delivery-address",
        "card-type-not-allowed", "idempotency-key-reused", "duplicate-card", "replaced-card-not-blocked",
        "renewal-too-early"})
    @PostMapping
    ResponseEntity<OrderView> place(Caller caller, @PathVariable String orgnr,
            @Parameter(description = "the client's key for this order; retries reuse it")
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 100) String idempotencyKey,
            @Valid @RequestBody OrderRequest request) {
        OrganisationNumber unit = OrganisationNumber.of(orgnr);
        PersonId orderer = business.person(caller);
        CardType cardType = cardTypes.named(request.cardType())
                .orElseThrow(() -> ApiProblem.invalid("cardType", "must be one of " + cardTypes.types()));
        for (int i = 0; i < request.lines().size(); i++) {
            personIds.requireAccepted("lines[" + i + "].personId", request.lines().get(i).personId());
        }
        PlacingOrder.Placed placed = Problems.answer(placingOrder.place(new PlacingOrder.Command(orderer, unit, cardType,
                request.deliveryAddressId(), request.lines().stream()
                        .map(l -> new PlacingOrder.NewLine(l.personId(), l.name().strip(), l.replacesCard())).toList(),
                idempotencyKey)));
        Order order = placed.order();
        URI location = URI.create("/api/businesses/" + orgnr + "/orders/" + order.orderId());
        return ResponseEntity.created(location).body(OrderView.of(order));
    }

    @Operation(summary = "The business's orders, newest first (a main unit sees its sub-units' too)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping
    OrderPage list(Caller caller, @PathVariable String orgnr,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        OrganisationNumber unit = business.authorised(caller, orgnr);
        return new OrderPage(page, size, orders.page(unit, page, size).stream()
                .map(OrderView::of).toList());
    }

    @Operation(summary = "One order with the state of each line and its unmet duties",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/{orderId}")
    OrderView get(Caller caller, @PathVariable String orgnr, @PathVariable String orderId) {
        return OrderView.of(business.order(caller, orgnr, OrderId.of(orderId)));
    }

    @Operation(summary = "Cancel the order", description = "Only while no line is approved: an approved line is "
            + "in production (409).", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("line-in-production")
    @PostMapping("/{orderId}/cancel")
    OrderView cancel(Caller caller, @PathVariable String orgnr, @PathVariable String orderId) {
        return OrderView.of(Problems.answer(cancelling.cancelOrder(business.order(caller, orgnr, OrderId.of(orderId)))));
    }

    @Operation(summary = "Cancel one line before it is approved", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("line-in-production")
    @PostMapping("/{orderId}/lines/{lineId}/cancel")
    LineView cancelLine(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId) {
        OrderId order = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        Order after = Problems.answer(cancelling.cancelLine(business.order(caller, orgnr, order), line));
        return LineView.of(after.line(line).orElseThrow());
    }

    @Operation(summary = "The order confirmation for one person (PDF)", description = "Shows the card is on order "
            + "and for which business the person works, until the card arrives.",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @ApiResponse(responseCode = "200", description = "The confirmation", content = @Content(
            mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @AnswersProblems({"line-cancelled", "registration-incomplete"})
    @GetMapping("/{orderId}/lines/{lineId}/confirmation")
    ResponseEntity<byte[]> confirmation(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId) {
        OrderId id = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        Order order = business.order(caller, orgnr, id);
        OrderLine ordered = order.line(line).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                "Order " + id + " has no line " + line));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"order-confirmation-" + line + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(Problems.answer(confirmation.pdf(order, ordered)));
    }

    record OrderRequest(
            @NotBlank String cardType,
            @NotNull UUID deliveryAddressId,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid LineRequest> lines) {
    }

    /**
     * @param replacesCard the card this line replaces: a blocked (lost or stolen) card, or an active card within
     *     the renewal window before its expiry (a renewal); null for a first card
     */
    record LineRequest(@NotNull PersonId personId, @NotBlank @Size(max = 100) String name, CardNumber replacesCard) {
    }
}
