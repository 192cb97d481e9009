package no.hmskort.delegation.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.delegation.access.application.Businesses;
import no.hmskort.delegation.access.application.Delegating;
import no.hmskort.delegation.access.application.RevokingDelegation;
import no.hmskort.delegation.access.application.RoleHolders;
import no.hmskort.delegation.access.application.Standing;
import no.hmskort.delegation.access.model.AuditEntry;
import no.hmskort.delegation.access.model.Business;
import no.hmskort.delegation.access.model.DelegationOutcome;
import no.hmskort.delegation.access.model.DelegationRefusal;
import no.hmskort.delegation.access.model.Grant;
import no.hmskort.platform.security.AssuranceLevel;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.security.PersonIdPolicy;
import no.hmskort.platform.time.Norway;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business's access: who has it (count, then details), delegations given and taken back, and the audit
 * trail. Role holders only; granting and revoking also need a login at the configured assurance level
 * (default {@code idporten-loa-high}); the audit trail is also open to operator clients.
 */
@RestController
@RequestMapping("/api/businesses/{orgnr}")
class AccessController {

    private final Businesses businesses;
    private final RoleHolders roleHolders;
    private final Delegating delegating;
    private final RevokingDelegation revoking;
    private final PersonIdPolicy personIds;
    private final Clock clock;
    private final String delegationAcr;

    AccessController(Businesses businesses, RoleHolders roleHolders, Delegating delegating, RevokingDelegation revoking,
            PersonIdPolicy personIds, Clock clock, @Value("${hmskort.delegation.minimum-acr}") String delegationAcr) {
        this.businesses = businesses;
        this.roleHolders = roleHolders;
        this.delegating = delegating;
        this.revoking = revoking;
        this.personIds = personIds;
        this.clock = clock;
        this.delegationAcr = delegationAcr;
    }

    @Operation(summary = "How many people may act for the business", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("not-a-role-holder")
    @GetMapping("/access/count")
    AccessCount count(Caller caller, @PathVariable String orgnr) {
        return new AccessCount(requireRoleHolder(caller, orgnr).peopleWithAccessOn(Norway.today(clock)));
    }

    @Operation(summary = "Everyone who may act for the business, and why", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems("not-a-role-holder")
    @GetMapping("/access")
    List<GrantView> access(Caller caller, @PathVariable String orgnr) {
        LocalDate today = Norway.today(clock);
        return requireRoleHolder(caller, orgnr).currentAndFutureGrants(today).stream().map(g -> GrantView.of(g, today))
                .toList();
    }

    @Operation(summary = "Delegate the right to order cards to a person",
            description = "Role holders only, logged in at the configured level (default idporten-loa-high).",
            security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @ApiResponse(responseCode = "201", description = "The delegation as granted; Location names it")
    @AnswersProblems({"insufficient-assurance", "not-a-role-holder", "self", "duplicate", "start-in-the-past",
        "stop-before-start"})
    @PostMapping("/delegations")
    ResponseEntity<GrantView> delegate(Caller caller, @PathVariable String orgnr,
            @Valid @RequestBody DelegationRequest request) {
        PersonId actor = requireAssurance(caller);
        requireRoleHolder(caller, orgnr);
        personIds.requireAccepted("personId", request.personId());
        DelegationOutcome outcome = delegating.delegate(new Delegating.Command(actor, OrganisationNumber.of(orgnr),
                request.personId(), request.name().strip(), request.validFrom(), request.validUntil()));
        Grant grant = done(outcome).change().grant();
        return ResponseEntity.created(URI.create("/api/businesses/" + orgnr + "/delegations/" + grant.grantId()))
                .body(GrantView.of(grant, Norway.today(clock)));
    }

    @Operation(summary = "Take a delegation back: it stops at once", security = @SecurityRequirement(name = OpenApiConfiguration.PERSON))
    @AnswersProblems({"insufficient-assurance", "not-a-role-holder", "grant-not-found", "role-grant-follows-register",
        "already-ended"})
    @DeleteMapping("/delegations/{grantId}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String orgnr, @PathVariable String grantId) {
        PersonId actor = requireAssurance(caller);
        requireRoleHolder(caller, orgnr);
        done(revoking.revoke(actor, OrganisationNumber.of(orgnr), grantId));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The audit trail: every grant, revocation, expiry and role change",
            description = "Role holders, or a client token with scope " + Caller.OPERATOR_SCOPE,
            security = {@SecurityRequirement(name = OpenApiConfiguration.PERSON),
                @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE)})
    @AnswersProblems({"not-a-role-holder", "not-found"})
    @GetMapping("/audit")
    List<AuditView> audit(Caller caller, @PathVariable String orgnr) {
        Business business = caller.hasScope(Caller.OPERATOR_SCOPE)
                ? businesses.find(OrganisationNumber.of(orgnr)).orElseThrow(
                        () -> new ApiProblem(ProblemType.NOT_FOUND, "No business " + orgnr + " is known"))
                : requireRoleHolder(caller, orgnr);
        return business.audit().stream().map(AuditView::of).toList();
    }

    private PersonId requireAssurance(Caller caller) {
        PersonId person = person(caller);
        if (!AssuranceLevel.atLeast(caller.acr(), delegationAcr)) {
            throw new ApiProblem(DelegationProblems.INSUFFICIENT_ASSURANCE, "Granting and revoking rights needs a "
                    + "login at " + delegationAcr + " (e.g. BankID or Buypass); this login is " + caller.acr());
        }
        return person;
    }

    private Business requireRoleHolder(Caller caller, String orgnr) {
        return switch (roleHolders.standing(person(caller), OrganisationNumber.of(orgnr))) {
            case Standing.HoldsRole holder -> holder.business();
            case Standing.DelegateOnly delegate ->
                    throw DelegationProblems.problem(DelegationRefusal.NOT_A_ROLE_HOLDER);
            case Standing.NoRights none -> throw new ApiProblem(ProblemType.NO_RIGHTS_FOR_BUSINESS,
                    "You have no role or delegation that lets you act for " + orgnr);
        };
    }

    private static PersonId person(Caller caller) {
        return caller.requirePerson();
    }

    private static DelegationOutcome.Done done(DelegationOutcome outcome) {
        return switch (outcome) {
            case DelegationOutcome.Done done -> done;
            case DelegationOutcome.Refused refused -> throw DelegationProblems.problem(refused.refusal());
        };
    }

    record DelegationRequest(@NotNull PersonId personId, @NotBlank @Size(max = 100) String name, LocalDate validFrom,
            LocalDate validUntil) {
    }

    record AccessCount(long count) {
    }

    /** A grant as a role holder sees it: personal numbers masked. */
    record GrantView(String grantId, String personId, String name, String basis, LocalDate validFrom,
            LocalDate validUntil, String grantedBy, boolean inForce) {

        static GrantView of(Grant grant, LocalDate today) {
            return new GrantView(grant.grantId(), grant.person().toString(), grant.personName(), grant.basis(),
                    grant.validFrom(), grant.validUntil(), grant.grantedBy() == null ? "Enhetsregisteret"
                    : grant.grantedBy().toString(), grant.inForceOn(today));
        }
    }

    record AuditView(Instant at, String action, String grantId, String basis, String subject, String actor,
            String detail) {

        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.at(), entry.action().name(), entry.grantId(), entry.basis(),
                    entry.subject() == null ? null : entry.subject().toString(),
                    entry.actor() == null ? "system" : entry.actor().toString(), entry.detail());
        }
    }
}
