package no.hmskort.order.uploads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.order.ordering.application.CheckingIdentity;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.order.ordering.web.Problems;
import no.hmskort.order.uploads.application.HolderLinks;
import no.hmskort.order.uploads.model.UploadLink;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.OpenApiConfiguration;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On the page their link opens, the holder may log in with ID-porten: when the login is the person the card
 * is ordered for, their identity is verified electronically and no operator needs to compare documents.
 * Unlike the uploads, this needs the holder's own token.
 */
@RestController
class HolderIdentityController {

    private final HolderLinks links;
    private final CheckingIdentity checking;

    HolderIdentityController(HolderLinks links, CheckingIdentity checking) {
        this.links = links;
        this.checking = checking;
    }

    /** @param identityConfirmed always true in a successful answer */
    record Confirmed(boolean identityConfirmed, String method, String state) {
    }

    @Operation(summary = "Confirm your identity with your own ID-porten login, through your upload link",
            description = "The token's personal number must be the one the card is ordered for (403 "
                    + "not-the-card-holder otherwise).", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems({"upload-link-unknown", "upload-link-expired", "upload-link-revoked", "not-found",
        "not-the-card-holder", "identity-check-not-open"})
    @PostMapping("/api/holder/upload-links/{token}/identity")
    Confirmed confirm(Caller caller, @PathVariable String token) {
        PersonId holder = caller.requirePerson();
        UploadLink link = UploadProblems.answer(links.usableForIdentity(token));
        OrderLine line = Problems.answer(checking.confirmedByHolder(link.orderId(), link.lineId(), holder, caller.acr()));
        return new Confirmed(true, line.identity().method().name(), line.state().name());
    }
}
