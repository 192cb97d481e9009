package no.hmskort.billing.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.hmskort.billing.invoicing.ehf.Buyer;
import no.hmskort.billing.invoicing.ehf.Delivery;
import no.hmskort.billing.invoicing.ehf.EhfDocuments;
import no.hmskort.billing.invoicing.model.Audience;
import no.hmskort.billing.invoicing.persistence.BillingDocuments;
import no.hmskort.billing.invoicing.persistence.Customers;
import no.hmskort.billing.invoicing.persistence.CreditNoteDocument;
import no.hmskort.billing.invoicing.persistence.InvoiceDocument;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business's invoices and credit notes, each also as EHF, for anyone with a role or delegation covering
 * the business: a main unit's are those addressed to it, a sub-unit's those it ordered for its current main
 * unit ({@link Audience}). A number that is unknown, or belongs to another business, is the same 404.
 */
@RestController
@RequestMapping("/api/businesses/{orgnr}")
class EmployerDocumentsController {

    static final ProblemType DOCUMENT_NOT_FOUND = ProblemType.of("billing-document-not-found",
            HttpStatus.NOT_FOUND, "No such invoice or credit note for this business");

    private final BillingDocuments documents;
    private final Customers customers;
    private final BusinessAccess access;
    private final EhfDocuments ehf;

    EmployerDocumentsController(BillingDocuments documents, Customers customers, BusinessAccess access,
            EhfDocuments ehf) {
        this.documents = documents;
        this.customers = customers;
        this.access = access;
        this.ehf = ehf;
    }

    @Operation(summary = "The business's invoices, oldest first", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/invoices")
    List<DocumentViews.InvoiceView> invoices(Caller caller, @PathVariable String orgnr) {
        return documents.invoicesFor(audience(authorised(caller, orgnr))).stream()
                .map(DocumentViews.InvoiceView::of).toList();
    }

    @Operation(summary = "One invoice", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/invoices/{number}")
    DocumentViews.InvoiceView invoice(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        return DocumentViews.InvoiceView.of(invoiceOf(authorised(caller, orgnr), number));
    }

    @Operation(summary = "One invoice as EHF (PEPPOL BIS Billing 3.0, UBL 2.1)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping(value = "/invoices/{number}/ehf", produces = MediaType.APPLICATION_XML_VALUE)
    String invoiceEhf(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        InvoiceDocument document = invoiceOf(authorised(caller, orgnr), number);
        return ehf.invoice(document.invoice(), buyer(document.customer(), document.buyer()),
                delivery(document.delivery(), document.sentOn()));
    }

    @Operation(summary = "The business's credit notes, oldest first",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/credit-notes")
    List<DocumentViews.CreditNoteView> creditNotes(Caller caller, @PathVariable String orgnr) {
        return documents.creditNotesFor(audience(authorised(caller, orgnr))).stream()
                .map(DocumentViews.CreditNoteView::of).toList();
    }

    @Operation(summary = "One credit note", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/credit-notes/{number}")
    DocumentViews.CreditNoteView creditNote(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        return DocumentViews.CreditNoteView.of(creditNoteOf(authorised(caller, orgnr), number));
    }

    @Operation(summary = "One credit note as EHF (PEPPOL BIS Billing 3.0, UBL 2.1)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping(value = "/credit-notes/{number}/ehf", produces = MediaType.APPLICATION_XML_VALUE)
    String creditNoteEhf(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        CreditNoteDocument document = creditNoteOf(authorised(caller, orgnr), number);
        return ehf.creditNote(document.creditNote(), document.creditedInvoiceIssueDate(),
                buyer(document.customer(), document.buyer()), delivery(document.delivery(), document.sentOn()));
    }

    private OrganisationNumber authorised(Caller caller, String orgnr) {
        OrganisationNumber business = OrganisationNumber.of(orgnr);
        access.requireRight(caller, business);
        return business;
    }

    private Audience audience(OrganisationNumber business) {
        return new Audience(business, customers.mainUnitOf(business));
    }

    private InvoiceDocument invoiceOf(OrganisationNumber business, String number) {
        Audience audience = audience(business);
        return parse(number).flatMap(documents::invoice)
                .filter(d -> audience.sees(d.customer(), d.orderingUnit()))
                .orElseThrow(() -> notFound("invoice", number, business));
    }

    private CreditNoteDocument creditNoteOf(OrganisationNumber business, String number) {
        Audience audience = audience(business);
        return parse(number).flatMap(documents::creditNote)
                .filter(d -> audience.sees(d.customer(), d.orderingUnit()))
                .orElseThrow(() -> notFound("credit note", number, business));
    }

    private static Optional<Long> parse(String number) {
        try {
            return Optional.of(Long.parseLong(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ApiProblem notFound(String kind, String number, OrganisationNumber business) {
        return new ApiProblem(DOCUMENT_NOT_FOUND, "No " + kind + " " + number + " for " + business);
    }

    static Buyer buyer(OrganisationNumber orgnr, InvoiceDocument.Party party) {
        return new Buyer(orgnr, party.name(), party.address());
    }

    static Delivery delivery(InvoiceDocument.Delivery delivery, LocalDate sentOn) {
        return new Delivery(delivery.recipient(), delivery.address(), sentOn);
    }
}
