package no.hmskort.order.uploads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import no.hmskort.order.ordering.application.Orders;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.uploads.application.HolderLinks;
import no.hmskort.order.uploads.application.ReceivingDocuments;
import no.hmskort.order.uploads.model.DocumentChecks;
import no.hmskort.order.uploads.model.UploadLink;
import no.hmskort.platform.web.AnswersProblems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The card holder, through the link the orderer sent, without login: see what is missing and upload it. */
@RestController
@RequestMapping("/api/public/upload-links/{token}")
class HolderUploadsController {

    private final HolderLinks links;
    private final Orders orders;
    private final ReceivingDocuments receiving;
    private final DocumentChecks checks;

    HolderUploadsController(HolderLinks links, Orders orders, ReceivingDocuments receiving, DocumentChecks checks) {
        this.links = links;
        this.orders = orders;
        this.receiving = receiving;
        this.checks = checks;
    }

    @Operation(summary = "What the link is for and what is still missing (no login)")
    @AnswersProblems({"upload-link-unknown", "upload-link-expired", "upload-link-revoked", "upload-link-used"})
    @GetMapping
    LinkStatus status(@PathVariable String token) {
        UploadLink link = UploadProblems.answer(links.usable(token));
        return status(link, order(link), link.photoUploaded(), link.idCopyUploaded());
    }

    private static LinkStatus status(UploadLink link, Order order, boolean photo, boolean idCopy) {
        OrderLine line = order.line(link.lineId()).orElseThrow();
        return new LinkStatus(line.holder().name(), order.employerName(), order.cardType().name(), !photo, !idCopy,
                line.identity() != null, link.expiresAt());
    }

    @Operation(summary = "Upload your photo through the link (no login)", description = "Body: the JPEG or PNG "
            + "file with its Content-Type.")
    @RequestBody(required = true, content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems({"upload-link-unknown", "upload-link-expired", "upload-link-revoked", "upload-link-used",
        "empty-upload", "upload-too-large", "unsupported-document-type", "not-an-image", "image-too-small",
        "line-not-awaiting-documents", "not-found"})
    @PutMapping("/photo")
    LinkStatus photo(@PathVariable String token,
            @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
            HttpServletRequest request) {
        return upload(token, DocumentKind.PHOTO, contentType, request);
    }

    @Operation(summary = "Upload your ID copy through the link (no login)", description = "Body: a JPEG, PNG "
            + "or PDF file with its Content-Type.")
    @RequestBody(required = true, content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @AnswersProblems({"upload-link-unknown", "upload-link-expired", "upload-link-revoked", "upload-link-used",
        "empty-upload", "upload-too-large", "unsupported-document-type", "not-an-image", "image-too-small",
        "not-a-pdf", "line-not-awaiting-documents", "not-found"})
    @PutMapping("/id-copy")
    LinkStatus idCopy(@PathVariable String token,
            @Parameter(hidden = true) @RequestHeader(name = "Content-Type", required = false) String contentType,
            HttpServletRequest request) {
        return upload(token, DocumentKind.ID_COPY, contentType, request);
    }

    private LinkStatus upload(String token, DocumentKind kind, String contentType, HttpServletRequest request) {
        UploadLink link = UploadProblems.answer(links.usable(token));
        byte[] content = UploadBodies.read(request, checks, kind);
        Order order = order(link);
        UploadProblems.answer(receiving.receive(order, link.lineId(), kind, contentType, content));
        links.uploaded(link, kind);
        return status(link, order, link.uploaded(DocumentKind.PHOTO, kind), link.uploaded(DocumentKind.ID_COPY, kind));
    }

    private Order order(UploadLink link) {
        return orders.find(link.orderId()).orElseGet(() -> UploadProblems.answer(HolderLinks.unknown()));
    }

    /**
     * What the holder sees: their name and employer, which documents are still to come, and whether they
     * confirmed their identity with ID-porten (else an operator compares photo and ID copy, which takes longer).
     */
    record LinkStatus(String name, String employerName, String cardType, boolean photoMissing, boolean idCopyMissing,
            boolean identityConfirmed, Instant expiresAt) {
    }
}
