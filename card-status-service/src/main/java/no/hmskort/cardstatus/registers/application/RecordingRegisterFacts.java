package no.hmskort.cardstatus.registers.application;

import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.EvaluatingCards;
import no.hmskort.cardstatus.registers.model.BusinessFacts;
import no.hmskort.cardstatus.registers.model.PersonFacts;
import no.hmskort.cardstatus.registers.persistence.Facts;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.ForeignWorkEvent;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Service;

/**
 * Register facts in: each event updates the facts of its unit or person (an older snapshot changes
 * nothing), then every card that depends on them is judged again. The judging runs on every delivery,
 * so a crash between the two writes heals on redelivery.
 */
@Service
public class RecordingRegisterFacts {

    private final Facts facts;
    private final EvaluatingCards evaluating;

    RecordingRegisterFacts(Facts facts, EvaluatingCards evaluating) {
        this.facts = facts;
        this.evaluating = evaluating;
    }

    void enhetsregisteret(EventEnvelope<EnhetsregisteretEvent> envelope) {
        switch (envelope.data()) {
            case UnitChanged unit -> facts.updateBusiness(unit.orgnr(), f -> f.withUnit(new BusinessFacts.Unit(unit.name(),
                    unit.organisationForm(), unit.parent(), unit.deleted(), unit.bankrupt(), unit.underLiquidation(),
                    unit.asOf())));
            case RolesChanged roles -> facts.updateBusiness(roles.orgnr(), f -> f.withRoles(roles.roles().stream()
                    .map(r -> new BusinessFacts.Role(r.code(), r.person())).toList(), roles.asOf()));
        }
        evaluating.evaluateBusiness(envelope.data().orgnr());
    }

    void vat(EventEnvelope<VatRegisterEvent> envelope) {
        if (envelope.data() instanceof VatRegisterEvent.VatRegistrationChanged vat) {
            facts.updateBusiness(vat.orgnr(), f -> f.withVat(new BusinessFacts.Vat(vat.registered(), vat.exemption(),
                    vat.asOf())));
            evaluating.evaluateBusiness(vat.orgnr());
        }
    }

    void approvals(EventEnvelope<ApprovalRegisterEvent> envelope) {
        switch (envelope.data()) {
            case ApprovalRegisterEvent.CleaningApprovalChanged c -> facts.updateBusiness(c.orgnr(),
                    f -> f.withCleaningApproval(c.approved(), c.asOf()));
            case ApprovalRegisterEvent.StaffingRegistrationChanged s -> facts.updateBusiness(s.orgnr(),
                    f -> f.withStaffingRegistration(s.registered(), s.asOf()));
        }
        evaluating.evaluateBusiness(envelope.data().orgnr());
    }

    void employments(EventEnvelope<EmploymentEvent> envelope) {
        if (envelope.data() instanceof EmploymentEvent.EmploymentChanged e) {
            facts.updatePerson(e.person(), f -> f.withEmployment(new PersonFacts.Employment(e.employmentId(),
                    e.employer(), e.startDate(), e.endDate(), e.asOf())));
            evaluating.evaluateHolder(e.person());
        }
    }

    void foreignWork(EventEnvelope<ForeignWorkEvent> envelope) {
        switch (envelope.data()) {
            case ForeignWorkEvent.AssignmentChanged a -> {
                facts.updateBusiness(a.business(), f -> f.withAssignment(new BusinessFacts.Assignment(a.assignmentId(),
                        a.startDate(), a.endDate(), a.asOf())));
                evaluating.evaluateBusiness(a.business());
            }
            case ForeignWorkEvent.ForeignWorkerChanged w -> {
                facts.updatePerson(w.person(), f -> f.withForeignWork(new PersonFacts.ForeignWork(w.assignmentId(),
                        w.business(), w.startDate(), w.endDate(), w.asOf())));
                evaluating.evaluateHolder(w.person());
            }
        }
    }

    void persons(EventEnvelope<PersonRegisterEvent> envelope) {
        switch (envelope.data()) {
            case PersonRegisterEvent.DNumberStatusChanged d -> facts.updatePerson(d.person(),
                    f -> f.withDNumberStatus(d.active(), d.asOf()));
            case PersonRegisterEvent.ResidencePermitChanged p -> facts.updatePerson(p.person(),
                    f -> f.withResidencePermit(new PersonFacts.ResidencePermit(p.workAccess(), p.validUntil(), p.asOf())));
        }
        evaluating.evaluateHolder(envelope.data().person());
    }

    /** One binding per register topic (see card-status-service.yml). */
    @Configuration(proxyBeanMethods = false)
    static class In {

        @Bean
        Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.ENHETSREGISTERET, facts::enhetsregisteret);
        }

        @Bean
        Consumer<Message<byte[]>> vatEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.VAT_REGISTER, facts::vat);
        }

        @Bean
        Consumer<Message<byte[]>> approvalEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.APPROVALS, facts::approvals);
        }

        @Bean
        Consumer<Message<byte[]>> employmentEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.EMPLOYMENTS, facts::employments);
        }

        @Bean
        Consumer<Message<byte[]>> foreignWorkEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.FOREIGN_WORK, facts::foreignWork);
        }

        @Bean
        Consumer<Message<byte[]>> personEvents(EventConsumers in, RecordingRegisterFacts facts) {
            return in.of(Topics.PERSONS, facts::persons);
        }
    }
}
