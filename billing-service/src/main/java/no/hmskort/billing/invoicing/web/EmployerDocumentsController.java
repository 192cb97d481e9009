package no.hmskort.billing.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import no.hmskort.billing.invoicing.application.ReadingDocuments;
import no.hmskort.billing.invoicing.model.InvoiceCredit;
import no.hmskort.billing.invoicing.model.ShipmentInvoice;
import no.hmskort.billing.invoicing.web.ehf.Buyer;
import no.hmskort.billing.invoicing.web.ehf.Delivery;
import no.hmskort.billing.invoicing.web.ehf.EhfDocuments;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
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
 * the business ({@link ReadingDocuments} says which documents are the business's). A number that is
 * unknown, or belongs to another business, is the same 404.
 */
@RestController
@RequestMapping("/api/businesses/{orgnr}")
class EmployerDocumentsController {

    static final ProblemType DOCUMENT_NOT_FOUND = ProblemType.of("billing-document-not-found",
            HttpStatus.NOT_FOUND, "No such invoice or credit note for this business");

    private final ReadingDocuments documents;
    private final BusinessAccess access;
    private final EhfDocuments ehf;

    EmployerDocumentsController(ReadingDocuments documents, BusinessAccess access, EhfDocuments ehf) {
        this.documents = documents;
        this.access = access;
        this.ehf = ehf;
    }

    @Operation(summary = "The business's invoices, oldest first", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/invoices")
    List<DocumentViews.InvoiceView> invoices(Caller caller, @PathVariable String orgnr) {
        return documents.invoices(authorised(caller, orgnr)).stream().map(DocumentViews.InvoiceView::of).toList();
    }

    @Operation(summary = "One invoice", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("billing-document-not-found")
    @GetMapping("/invoices/{number}")
    DocumentViews.InvoiceView invoice(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        return DocumentViews.InvoiceView.of(invoiceOf(authorised(caller, orgnr), number));
    }

    @Operation(summary = "One invoice as EHF (PEPPOL BIS Billing 3.0, UBL 2.1)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("billing-document-not-found")
    @GetMapping(value = "/invoices/{number}/ehf", produces = MediaType.APPLICATION_XML_VALUE)
    String invoiceEhf(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        ShipmentInvoice invoice = invoiceOf(authorised(caller, orgnr), number);
        return ehf.invoice(invoice.invoice(), Buyer.of(invoice.customer(), invoice.buyer()),
                Delivery.of(invoice.delivery(), invoice.sentOn()));
    }

    @Operation(summary = "The business's credit notes, oldest first",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @GetMapping("/credit-notes")
    List<DocumentViews.CreditNoteView> creditNotes(Caller caller, @PathVariable String orgnr) {
        return documents.creditNotes(authorised(caller, orgnr)).stream().map(DocumentViews.CreditNoteView::of).toList();
    }

    @Operation(summary = "One credit note", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("billing-document-not-found")
    @GetMapping("/credit-notes/{number}")
    DocumentViews.CreditNoteView creditNote(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        return DocumentViews.CreditNoteView.of(creditNoteOf(authorised(caller, orgnr), number));
    }

    @Operation(summary = "One credit note as EHF (PEPPOL BIS Billing 3.0, UBL 2.1)",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("billing-document-not-found")
    @GetMapping(value = "/credit-notes/{number}/ehf", produces = MediaType.APPLICATION_XML_VALUE)
    String creditNoteEhf(Caller caller, @PathVariable String orgnr, @PathVariable String number) {
        InvoiceCredit credit = creditNoteOf(authorised(caller, orgnr), number);
        return ehf.creditNote(credit.creditNote(), credit.creditedInvoiceIssueDate(),
                Buyer.of(credit.customer(), credit.buyer()), Delivery.of(credit.delivery(), credit.sentOn()));
    }

    private OrganisationNumber authorised(Caller caller, String orgnr) {
        OrganisationNumber business = OrganisationNumber.of(orgnr);
        access.requireRight(caller, business);
        return business;
    }

    private ShipmentInvoice invoiceOf(OrganisationNumber business, String number) {
        return documents.invoice(business, number).orElseThrow(() -> notFound("invoice", number, business));
    }

    private InvoiceCredit creditNoteOf(OrganisationNumber business, String number) {
        return documents.creditNote(business, number).orElseThrow(() -> notFound("credit note", number, business));
    }

    private static ApiProblem notFound(String kind, String number, OrganisationNumber business) {
        return new ApiProblem(DOCUMENT_NOT_FOUND, "No " + kind + " " + number + " for " + business);
    }
}
