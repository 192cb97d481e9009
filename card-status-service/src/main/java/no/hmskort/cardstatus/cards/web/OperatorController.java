package no.hmskort.cardstatus.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import no.hmskort.cardstatus.cards.application.Reevaluation;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.OpenApiConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operator tools: re-evaluate every card against the current facts, and watch its progress. */
@RestController
@RequestMapping("/api/operator/reevaluation")
class OperatorController {

    private final Reevaluation reevaluation;

    OperatorController(Reevaluation reevaluation) {
        this.reevaluation = reevaluation;
    }

    @Operation(summary = "Start (or resume) re-evaluating every card", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "202", description = "Started or resumed: its progress so far")
    @PostMapping
    ResponseEntity<Reevaluation.Progress> start(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return ResponseEntity.accepted().body(reevaluation.start());
    }

    @Operation(summary = "Progress of the current or last re-evaluation", security = @SecurityRequirement(
            name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping
    Reevaluation.Progress progress(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return reevaluation.progress();
    }
}
