package no.hmskort.registers.messaging;

import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.ForeignWorkEvent;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.registers.model.BusinessFacts;
import no.hmskort.registers.model.PersonFacts;
import no.hmskort.registers.store.Facts;
import no.hmskort.registers.store.FactsListener;

/**
 * Register facts in: each event updates the facts of its unit or person (an older snapshot changes
 * nothing), then the service's {@link FactsListener} hears which unit or person to look at again. The
 * listener runs on every delivery, so a crash between the two writes heals on redelivery.
 */
class RecordingRegisterFacts {

    private final Facts facts;
    private final FactsListener listener;

    RecordingRegisterFacts(Facts facts, FactsListener listener) {
        this.facts = facts;
        this.listener = listener;
    }

    void enhetsregisteret(EventEnvelope<EnhetsregisteretEvent> envelope) {
        switch (envelope.data()) {
            case UnitChanged unit -> facts.updateBusiness(unit.orgnr(), f -> f.withUnit(new BusinessFacts.Unit(unit.name(),
                    unit.organisationForm(), unit.parent(), unit.deleted(), unit.bankrupt(), unit.underLiquidation(),
                    unit.asOf(), unit.industryCode())));
            case RolesChanged roles -> facts.updateBusiness(roles.orgnr(), f -> f.withRoles(roles.roles().stream()
                    .map(r -> new BusinessFacts.Role(r.code(), r.person())).toList(), roles.asOf()));
        }
        listener.businessChanged(envelope.data().orgnr());
    }

    void vat(EventEnvelope<VatRegisterEvent> envelope) {
        if (envelope.data() instanceof VatRegisterEvent.VatRegistrationChanged vat) {
            facts.updateBusiness(vat.orgnr(), f -> f.withVat(new BusinessFacts.Vat(vat.registered(), vat.exemption(),
                    vat.asOf())));
            listener.businessChanged(vat.orgnr());
        }
    }

    void approvals(EventEnvelope<ApprovalRegisterEvent> envelope) {
        switch (envelope.data()) {
            case ApprovalRegisterEvent.CleaningApprovalChanged c -> facts.updateBusiness(c.orgnr(),
                    f -> f.withCleaningApproval(c.approved(), c.asOf()));
            case ApprovalRegisterEvent.StaffingRegistrationChanged s -> facts.updateBusiness(s.orgnr(),
                    f -> f.withStaffingRegistration(s.registered(), s.asOf()));
            case ApprovalRegisterEvent.CarCareApprovalChanged c -> facts.updateBusiness(c.orgnr(),
                    f -> f.withCarCareApproval(c.approved(), c.asOf()));
        }
        listener.businessChanged(envelope.data().orgnr());
    }

    void employments(EventEnvelope<EmploymentEvent> envelope) {
        if (envelope.data() instanceof EmploymentEvent.EmploymentChanged e) {
            facts.updatePerson(e.person(), f -> f.withEmployment(new PersonFacts.Employment(e.employmentId(),
                    e.employer(), e.startDate(), e.endDate(), e.asOf())));
            listener.personChanged(e.person());
        }
    }

    void foreignWork(EventEnvelope<ForeignWorkEvent> envelope) {
        switch (envelope.data()) {
            case ForeignWorkEvent.AssignmentChanged a -> {
                facts.updateBusiness(a.business(), f -> f.withAssignment(new BusinessFacts.Assignment(a.assignmentId(),
                        a.startDate(), a.endDate(), a.asOf())));
                listener.businessChanged(a.business());
            }
            case ForeignWorkEvent.ForeignWorkerChanged w -> {
                facts.updatePerson(w.person(), f -> f.withForeignWork(new PersonFacts.ForeignWork(w.assignmentId(),
                        w.business(), w.startDate(), w.endDate(), w.asOf())));
                listener.personChanged(w.person());
            }
        }
    }

    void persons(EventEnvelope<PersonRegisterEvent> envelope) {
        switch (envelope.data()) {
            case PersonRegisterEvent.PersonNameChanged n -> facts.updatePerson(n.person(),
                    f -> f.withName(new PersonFacts.RegisteredName(n.name(), n.asOf())));
            case PersonRegisterEvent.DNumberStatusChanged d -> facts.updatePerson(d.person(),
                    f -> f.withDNumberStatus(d.active(), d.asOf()));
            case PersonRegisterEvent.ResidencePermitChanged p -> facts.updatePerson(p.person(),
                    f -> f.withResidencePermit(new PersonFacts.ResidencePermit(p.workAccess(), p.validUntil(), p.asOf())));
        }
        listener.personChanged(envelope.data().person());
    }
}
