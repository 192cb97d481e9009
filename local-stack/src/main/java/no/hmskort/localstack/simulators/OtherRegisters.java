package no.hmskort.localstack.simulators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.ForeignWorkEvent;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The other registers a card depends on, simulated: the VAT register, Aa-registeret, the foreign
 * assignments register, Renholdsregisteret, Bemanningsforetaksregisteret, the car-care approvals,
 * Folkeregisteret's names, D-number status and residence permits. Each call publishes the event its real
 * adapter would.
 */
@RestController
@RequestMapping("/registers")
class OtherRegisters {

    private final EventPublisher events;
    private final Map<String, EmploymentEvent.EmploymentChanged> employments = new ConcurrentHashMap<>();

    OtherRegisters(EventPublisher events) {
        this.events = events;
    }

    @PutMapping("/vat/{orgnr}")
    void vat(@PathVariable String orgnr, @RequestBody VatRequest request) {
        events.publish(Topics.VAT_REGISTER, new VatRegisterEvent.VatRegistrationChanged(OrganisationNumber.of(orgnr),
                request.registered(), request.exemption(), Instant.now()));
    }

    @PostMapping("/aa/employments")
    @ResponseStatus(HttpStatus.CREATED)
    EmploymentEvent.EmploymentChanged employment(@RequestBody EmploymentRequest request) {
        EmploymentEvent.EmploymentChanged employment = new EmploymentEvent.EmploymentChanged(
                request.employmentId() == null ? UUID.randomUUID().toString() : request.employmentId(),
                OrganisationNumber.of(request.employer()), PersonId.of(request.personId()),
                request.startDate() == null ? LocalDate.now() : request.startDate(), request.endDate(), Instant.now());
        employments.put(employment.employmentId(), employment);
        events.publish(Topics.EMPLOYMENTS, employment);
        return employment;
    }

    /** Ends an employment on a day (today when none is given). */
    @PostMapping("/aa/employments/{employmentId}/end")
    EmploymentEvent.EmploymentChanged endEmployment(@PathVariable String employmentId, @RequestBody(required = false)
            EndRequest request) {
        EmploymentEvent.EmploymentChanged current = employments.get(employmentId);
        if (current == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown employment");
        }
        LocalDate end = request == null || request.endDate() == null ? LocalDate.now().minusDays(1) : request.endDate();
        return employment(new EmploymentRequest(employmentId, current.employer().value(), current.person().value(),
                current.startDate(), end));
    }

    @PutMapping("/renhold/{orgnr}")
    void cleaning(@PathVariable String orgnr, @RequestBody ApprovalRequest request) {
        events.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CleaningApprovalChanged(OrganisationNumber.of(orgnr),
                request.approved(), Instant.now()));
    }

    @PutMapping("/car-care/{orgnr}")
    void carCare(@PathVariable String orgnr, @RequestBody ApprovalRequest request) {
        events.publish(Topics.APPROVALS, new ApprovalRegisterEvent.CarCareApprovalChanged(OrganisationNumber.of(orgnr),
                request.approved(), Instant.now()));
    }

    @PutMapping("/staffing/{orgnr}")
    void staffing(@PathVariable String orgnr, @RequestBody ApprovalRequest request) {
        events.publish(Topics.APPROVALS, new ApprovalRegisterEvent.StaffingRegistrationChanged(
                OrganisationNumber.of(orgnr), request.approved(), Instant.now()));
    }

    @PostMapping("/foreign/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    ForeignWorkEvent.AssignmentChanged assignment(@RequestBody AssignmentRequest request) {
        ForeignWorkEvent.AssignmentChanged assignment = new ForeignWorkEvent.AssignmentChanged(
                request.assignmentId() == null ? UUID.randomUUID().toString() : request.assignmentId(),
                OrganisationNumber.of(request.business()), request.startDate(), request.endDate(), Instant.now());
        events.publish(Topics.FOREIGN_WORK, assignment);
        return assignment;
    }

    @PostMapping("/foreign/workers")
    @ResponseStatus(HttpStatus.CREATED)
    void foreignWorker(@RequestBody ForeignWorkerRequest request) {
        events.publish(Topics.FOREIGN_WORK, new ForeignWorkEvent.ForeignWorkerChanged(request.assignmentId(),
                OrganisationNumber.of(request.business()), PersonId.of(request.personId()), request.startDate(),
                request.endDate(), Instant.now()));
    }

    /** The person's name in Folkeregisteret: the name their card will carry. */
    @PutMapping("/persons/{personId}/name")
    void name(@PathVariable String personId, @RequestBody NameRequest request) {
        events.publish(Topics.PERSONS, new PersonRegisterEvent.PersonNameChanged(PersonId.of(personId), request.name(),
                Instant.now()));
    }

    @PutMapping("/persons/{personId}/d-number")
    void dNumber(@PathVariable String personId, @RequestBody DNumberRequest request) {
        events.publish(Topics.PERSONS, new PersonRegisterEvent.DNumberStatusChanged(PersonId.of(personId),
                request.active(), Instant.now()));
    }

    @PutMapping("/persons/{personId}/residence-permit")
    void residencePermit(@PathVariable String personId, @RequestBody PermitRequest request) {
        events.publish(Topics.PERSONS, new PersonRegisterEvent.ResidencePermitChanged(PersonId.of(personId),
                request.workAccess(), request.validUntil(), Instant.now()));
    }

    record VatRequest(boolean registered, String exemption) {
    }

    record EmploymentRequest(String employmentId, String employer, String personId, LocalDate startDate,
            LocalDate endDate) {
    }

    record EndRequest(LocalDate endDate) {
    }

    record ApprovalRequest(boolean approved) {
    }

    record AssignmentRequest(String assignmentId, String business, LocalDate startDate, LocalDate endDate) {
    }

    record ForeignWorkerRequest(String assignmentId, String business, String personId, LocalDate startDate,
            LocalDate endDate) {
    }

    record DNumberRequest(boolean active) {
    }

    record NameRequest(String name) {
    }

    record PermitRequest(boolean workAccess, LocalDate validUntil) {
    }
}
