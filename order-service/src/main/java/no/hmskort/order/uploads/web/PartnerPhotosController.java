package no.hmskort.order.uploads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import no.hmskort.order.ordering.application.LineDocuments;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.uploads.application.Documents;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The printer partner fetches a holder's photo by the reference in the approved order line. */
@RestController
class PartnerPhotosController {

    private final Documents documents;

    PartnerPhotosController(Documents documents) {
        this.documents = documents;
    }

    @Operation(summary = "A holder's photo for printing (JPEG)", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.PRINTER_SCOPE))
    @ApiResponse(responseCode = "200", description = "The photo", content = @Content(
            mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/partner/photos/{photoId}")
    ResponseEntity<byte[]> photo(Caller caller, @PathVariable String photoId) {
        caller.requireScope(Caller.PRINTER_SCOPE, "Photos for printing");
        LineDocuments.Stored photo = documents.load(photoId)
                .filter(s -> s.kind() == DocumentKind.PHOTO)
                .orElseThrow(() -> new ApiProblem(ProblemType.NOT_FOUND, "No photo " + photoId));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(photo.content());
    }
}
