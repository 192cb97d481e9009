package no.hmskort.order.uploads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.LineId;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.web.BusinessOrders;
import no.hmskort.order.ordering.web.Problems;
import no.hmskort.order.uploads.application.HolderLinks;
import no.hmskort.order.uploads.application.ReceivingDocuments;
import no.hmskort.order.uploads.model.DocumentChecks;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orderer uploads a line's photo and ID copy (the raw file as the body, with its content type), or
 * starts and revokes the holder's upload link.
 */
@RestController
@RequestMapping("/api/businesses/{orgnr}/orders/{orderId}/lines/{lineId}")
class OrdererUploadsController {

    private final BusinessOrders business;
    private final ReceivingDocuments receiving;
    private final DocumentChecks checks;
    private final HolderLinks links;
    private final String linkBase;

    OrdererUploadsController(BusinessOrders business, ReceivingDocuments receiving, DocumentChecks checks,
            HolderLinks links, OrderingProperties properties) {
        this.business = business;
        this.receiving = receiving;
        this.checks = checks;
        this.links = links;
        this.linkBase = properties.publicBaseUrl() + "/api/public/upload-links/";
    }

    @Operation(summary = "Upload the holder's photo", description = "Body: the JPEG or PNG file "
            + "(Content-Type image/jpeg or image/png). It must decode, meet the minimum resolution and maximum "
            + "size; it is stored re-encoded, without metadata.",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @RequestBody(required = true, content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems({"empty-upload", "upload-too-large", "unsupported-document-type", "not-an-image",
        "image-too-small", "line-not-awaiting-documents"})
    @PutMapping("/photo")
    UploadedView photo(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId,
            @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
            HttpServletRequest request) {
        return upload(caller, orgnr, orderId, lineId, DocumentKind.PHOTO, contentType, request);
    }

    @Operation(summary = "Upload the holder's ID copy", description = "Body: a JPEG or PNG image, or a PDF "
            + "(application/pdf). Deleted once the card is produced.",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @RequestBody(required = true, content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems({"empty-upload", "upload-too-large", "unsupported-document-type", "not-an-image",
        "image-too-small", "not-a-pdf", "line-not-awaiting-documents"})
    @PutMapping("/id-copy")
    UploadedView idCopy(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId,
            @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
            HttpServletRequest request) {
        return upload(caller, orgnr, orderId, lineId, DocumentKind.ID_COPY, contentType, request);
    }

    @Operation(summary = "Create the holder's upload link", description = "A link for this line only, usable "
            + "without login until it expires, is revoked, or both documents came through it. Creating a new one "
            + "revokes the earlier. The URL is shown once.",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @ApiResponse(responseCode = "201", description = "The link, shown this once")
    @AnswersProblems("line-not-awaiting-documents")
    @PostMapping("/upload-link")
    ResponseEntity<LinkView> createLink(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId) {
        OrderId id = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        Order order = business.order(caller, orgnr, id);
        OrderLine current = existing(order, line);
        if (!current.state().isWaiting()) {
            throw new ApiProblem(Problems.LINE_NOT_AWAITING_DOCUMENTS, "The line is " + current.state()
                    + ": no documents can be uploaded for it");
        }
        HolderLinks.Created created = links.create(id, line, order.orderingUnit());
        return ResponseEntity.status(201).body(new LinkView(linkBase + created.token(), created.expiresAt()));
    }

    @Operation(summary = "Revoke the holder's upload link", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @DeleteMapping("/upload-link")
    ResponseEntity<Void> revokeLink(Caller caller, @PathVariable String orgnr, @PathVariable String orderId,
            @PathVariable String lineId) {
        OrderId id = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        existing(business.order(caller, orgnr, id), line);
        if (links.revoke(id, line) == 0) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "The line has no upload link in force");
        }
        return ResponseEntity.noContent().build();
    }

    private UploadedView upload(Caller caller, String orgnr, String orderId, String lineId, DocumentKind kind,
            String contentType, HttpServletRequest request) {
        OrderId id = OrderId.of(orderId);
        LineId line = LineId.of(lineId);
        Order order = business.order(caller, orgnr, id);
        existing(order, line);
        byte[] content = UploadBodies.read(request, checks, kind);
        return UploadedView.of(UploadProblems.answer(receiving.receive(order, line, kind, contentType, content)));
    }

    private static OrderLine existing(Order order, LineId lineId) {
        return order.line(lineId).orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND,
                "Order " + order.orderId() + " has no line " + lineId));
    }

    /** The holder's link: its URL (with the token; not stored anywhere) and expiry. */
    record LinkView(String url, Instant expiresAt) {
    }

    /** The line after an upload: its state and what is still missing. */
    record UploadedView(UUID lineId, String state, boolean photo, boolean idCopy) {

        static UploadedView of(OrderLine line) {
            return new UploadedView(line.lineId().value(), line.state().name(), line.photoId() != null, line.idCopyId() != null);
        }
    }
}
